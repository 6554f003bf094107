# Q: per-sample loss vs batch mean: reduction='none', mean over the wrong dim, sum then divide.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.randn(4, 3)
target = torch.randn(4, 3)
per_elem = F.mse_loss(pred, target, reduction='none')
print(per_elem.shape)
print(per_elem.mean(dim=1))
print(per_elem.mean(dim=0))
print(per_elem.mean(), F.mse_loss(pred, target), per_elem.sum() / per_elem.numel())
print(F.mse_loss(pred, target, reduction='sum') / 4)
logits = torch.randn(4, 5)
y = torch.tensor([0, 4, 2, 2])
ce = F.cross_entropy(logits, y, reduction='none')
print(ce, ce.mean(), F.cross_entropy(logits, y))
w = torch.tensor([1.0, 0.0, 1.0, 2.0])
print((ce * w).sum() / w.sum(), (ce * w).mean())
print(F.l1_loss(pred, target, reduction='none').sum(dim=1).mean())
try:
    F.mse_loss(pred, target, reduction='avg')
except ValueError as e:
    print("ValueError:", e)
