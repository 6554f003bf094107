# Q: a += b fails although a + b works
import torch

a = torch.zeros(3, 1)
b = torch.ones(1, 3)
print((a + b).shape)
try:
    a += b
except RuntimeError as e:
    print(e)
try:
    a.mul_(torch.ones(2, 3, 1))
except RuntimeError as e:
    print(e)
a += torch.ones(3)[:, None]
print(a.flatten())
