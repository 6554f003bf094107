import torch

w = torch.tensor(0.5, requires_grad=True)
print(w)
print(w * 2)
print(w.detach())
print((w * 2).detach())
print(torch.tensor(3., dtype=torch.float64, requires_grad=True) * 1)
