# Section 7.9: polygamma of several orders at 1
import torch

one = torch.tensor([1.0, 2.0], dtype=torch.float64)
for n in range(4):
    print(n, torch.special.polygamma(n, one))
print(torch.special.multigammaln(torch.tensor([3.0], dtype=torch.float64), 3))
try:
    torch.special.multigammaln(torch.tensor([0.5]), 3)
except RuntimeError as e:
    print("RuntimeError:", e)
