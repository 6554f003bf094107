# Quiz: which integers survive a trip through float16?
import torch

x = torch.tensor([2048.0, 2049.0, 2050.0, 65504.0, 65520.0])
h = x.half()
print(h)
print(h.float() == x)
print(torch.finfo(torch.float16).eps, torch.finfo(torch.float16).max)
