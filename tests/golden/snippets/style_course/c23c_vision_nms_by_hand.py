# Non-maximum suppression written with tensors (greedy), on four boxes.
import torch

boxes = torch.tensor([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 9, 10]], dtype=torch.float32)
scores = torch.tensor([0.9, 0.8, 0.7, 0.95])

def iou(b, others):
    lt = torch.maximum(b[:2], others[:, :2])
    rb = torch.minimum(b[2:], others[:, 2:])
    inter = (rb - lt).clamp(min=0).prod(1)
    area = lambda t: (t[..., 2] - t[..., 0]) * (t[..., 3] - t[..., 1])
    return inter / (area(b) + area(others) - inter)

order = scores.argsort(descending=True)
keep = []
while order.numel():
    i = order[0]
    keep.append(i.item())
    order = order[1:][iou(boxes[i], boxes[order[1:]]) <= 0.5]
print(keep)
print(iou(boxes[0], boxes))
