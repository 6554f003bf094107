# Section 8.11: quantiles over a batch
import torch

x = torch.arange(12.0).reshape(3, 4)
q = torch.tensor([0.25, 0.75])
r = torch.quantile(x, q, dim=1)
print(r.shape)
print(r)
print(torch.quantile(x, 0.5, dim=0, keepdim=True))
try:
    torch.quantile(x.int(), 0.5)
except RuntimeError as e:
    print("RuntimeError:", e)
