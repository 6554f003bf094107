# Q: topk returns values sorted descending; largest=False, sorted=False, k too large, and topk along dim 0.
import torch

torch.manual_seed(3)
x = torch.randint(0, 20, (3, 6)).float()
print(x)
print(x.topk(2))
print(x.topk(2, largest=False))
print(x.topk(3, dim=0).indices)
try:
    x.topk(7)
except RuntimeError as e:
    print(e)
v, i = torch.topk(x.flatten(), 4)
print(v, i, torch.unravel_index(i, x.shape))
print(x.kthvalue(2, dim=1))
print(torch.sort(x, dim=1, descending=True).values[:, :2])
