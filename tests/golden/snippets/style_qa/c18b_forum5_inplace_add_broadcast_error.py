# Q: a += b works but b += a fails with broadcasting
import torch

a = torch.zeros(2, 3)
b = torch.ones(3)
a += b
print(a)
try:
    b += a
except RuntimeError as err:
    print(err)
try:
    b.add_(torch.ones(2, 3))
except RuntimeError as err:
    print(err)
