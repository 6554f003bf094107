# Q: my per-sample loss has the wrong shape: sum over dim 0 mixes samples; reduce over the feature dim.
import torch

torch.manual_seed(79)
pred = torch.randn(4, 3)
target = torch.randn(4, 3)
sq = (pred - target) ** 2
wrong = sq.sum(dim=0)
right = sq.sum(dim=1)
print(wrong.shape, right.shape)
print(right)
print(sq.mean(), right.mean() / 3, torch.allclose(sq.mean(), right.mean() / 3))
print(torch.nn.functional.mse_loss(pred, target, reduction="none").sum(-1))
print(sq.sum(dim=(0, 1)), sq.sum())
print(torch.nn.functional.mse_loss(pred, target, reduction="sum") / pred.shape[0])
