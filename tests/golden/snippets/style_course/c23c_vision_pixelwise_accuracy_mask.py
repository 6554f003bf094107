# Pixel accuracy ignoring a void label, and mean IoU across classes present.
import torch

pred = torch.tensor([[0, 1, 1], [2, 2, 0], [1, 1, 2]])
gt = torch.tensor([[0, 1, 255], [2, 1, 0], [255, 1, 2]])
valid = gt != 255
print(valid.sum().item(), ((pred == gt) & valid).sum().item())
print(((pred == gt) & valid).sum() / valid.sum())
ious = []
for c in range(3):
    p, t = (pred == c) & valid, (gt == c) & valid
    ious.append(((p & t).sum() / (p | t).sum()).item())
print([round(i, 4) for i in ious], round(sum(ious) / 3, 4))
