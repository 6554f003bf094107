# Bounding boxes: corner <-> center conversion and the pairwise IoU matrix (d2l's box_iou) with torch ops.
import torch

def box_corner_to_center(boxes):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return torch.stack(((x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1), dim=-1)

def box_center_to_corner(boxes):
    cx, cy, w, h = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return torch.stack((cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h), dim=-1)

def box_iou(b1, b2):
    area = lambda b: (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    a1, a2 = area(b1), area(b2)
    ul = torch.max(b1[:, None, :2], b2[:, :2])
    lr = torch.min(b1[:, None, 2:], b2[:, 2:])
    inter = (lr - ul).clamp(min=0)
    inter_area = inter[:, :, 0] * inter[:, :, 1]
    return inter_area / (a1[:, None] + a2 - inter_area)

dog = [60.0, 45.0, 378.0, 516.0]
cat = [400.0, 112.0, 655.0, 493.0]
boxes = torch.tensor((dog, cat))
c = box_corner_to_center(boxes)
print(c)
print(box_center_to_corner(c) == boxes)
anchors = torch.tensor([[0.0, 0.1, 0.2, 0.3], [0.15, 0.2, 0.4, 0.4], [0.63, 0.05, 0.88, 0.98],
                        [0.66, 0.45, 0.8, 0.8], [0.57, 0.3, 0.92, 0.9]])
gt = torch.tensor([[0.1, 0.08, 0.52, 0.92], [0.55, 0.2, 0.9, 0.88]])
iou = box_iou(anchors, gt)
print(iou)
vals, idx = iou.max(dim=1)
print(vals, idx)
assigned = torch.where(vals >= 0.5, idx, torch.full_like(idx, -1))
print(assigned)
print(box_iou(gt, gt).diag())
