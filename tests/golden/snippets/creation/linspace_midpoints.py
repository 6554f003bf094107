import math
import torch

t = torch.linspace(-3, 3, 201)
print(t[100].item(), t[99].item(), t[101].item())
print(torch.linspace(0, 1, 11).tolist())
x = torch.linspace(-math.pi, math.pi, 2000)
print(x[:3].tolist(), x[998:1002].tolist(), x.sum().item())
