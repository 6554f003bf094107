import math
import torch

t = torch.tensor([0., math.pi / 6, math.pi / 2, math.pi])
print(torch.sin(t))
print(t.sin())
print(torch.cos(t))
print(t.cos())
print(torch.tan(torch.tensor([0., 0.5])))
