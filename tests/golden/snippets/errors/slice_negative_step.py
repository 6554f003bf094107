import torch

t = torch.arange(5)
print(t.flip(0))
t[::-1]
