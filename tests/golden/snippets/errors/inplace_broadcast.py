import torch

a = torch.zeros(3)
try:
    a += torch.ones(2, 3)
except RuntimeError as e:
    print(e)
a += torch.ones(1)
print(a)
a.add_(torch.ones(4))
