# IoU for axis-aligned boxes (x1, y1, x2, y2), pairwise matrix by broadcasting.
import torch

a = torch.tensor([[0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0]])
b = torch.tensor([[1.0, 1.0, 2.0, 2.0], [0.0, 0.0, 2.0, 2.0], [5.0, 5.0, 6.0, 6.0]])
area = lambda t: (t[:, 2] - t[:, 0]) * (t[:, 3] - t[:, 1])
lt = torch.max(a[:, None, :2], b[None, :, :2])
rb = torch.min(a[:, None, 2:], b[None, :, 2:])
wh = (rb - lt).clamp(min=0)
inter = wh[..., 0] * wh[..., 1]
iou = inter / (area(a)[:, None] + area(b)[None, :] - inter)
print(inter)
print(iou)
print(iou.max(dim=1))
