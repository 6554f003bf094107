# per-sample loss averaged over the wrong dimension
import torch

torch.manual_seed(40)
pred = torch.randn(4, 3)
target = torch.randn(4, 3)
per_elem = (pred - target) ** 2
print(per_elem.mean(dim=0))
print(per_elem.mean(dim=1))
print(per_elem.mean(), per_elem.mean(dim=(0, 1)))
print(per_elem.sum(1).mean())
