# Non-maximum suppression written with sort, IoU and boolean masks; then class-wise predictions.
import torch

def box_iou(b1, b2):
    area = lambda b: (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    ul = torch.max(b1[:, None, :2], b2[:, :2])
    lr = torch.min(b1[:, None, 2:], b2[:, 2:])
    inter = (lr - ul).clamp(min=0).prod(dim=2)
    return inter / (area(b1)[:, None] + area(b2) - inter)

def nms(boxes, scores, iou_threshold):
    B = torch.argsort(scores, dim=-1, descending=True)
    keep = []
    while B.numel() > 0:
        i = B[0]
        keep.append(i)
        if B.numel() == 1:
            break
        iou = box_iou(boxes[i, :].reshape(-1, 4), boxes[B[1:], :].reshape(-1, 4)).reshape(-1)
        inds = torch.nonzero(iou <= iou_threshold).reshape(-1)
        B = B[inds + 1]
    return torch.tensor(keep)

boxes = torch.tensor([[0.1, 0.08, 0.52, 0.92], [0.08, 0.2, 0.56, 0.95], [0.15, 0.3, 0.62, 0.91],
                      [0.55, 0.2, 0.9, 0.88]])
scores = torch.tensor([0.9, 0.8, 0.7, 0.9])
keep = nms(boxes, scores, 0.5)
print(keep)
print(boxes[keep])
print(box_iou(boxes, boxes))
cls_probs = torch.tensor([[0.0, 0.0, 0.0, 0.0], [0.9, 0.8, 0.7, 0.1], [0.1, 0.2, 0.3, 0.9]])
conf, class_id = torch.max(cls_probs[1:], 0)
print(conf, class_id)
print(nms(boxes, conf, 0.3))
print(torch.nonzero(torch.tensor([0.1, 0.6, 0.2]) <= 0.5))
