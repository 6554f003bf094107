# Section 8.7: extrema along dimensions
import torch

x = torch.tensor([[4.0, -1.0, 7.0], [2.0, 9.0, -3.0]])
print(torch.aminmax(x))
print(torch.aminmax(x, dim=1))
print(x.amax(dim=0), x.amin(dim=(0, 1)))
print(torch.max(x, torch.zeros(1)))
print(x.max(dim=0, keepdim=True))
