# Quiz 74: in-place ops cannot change the shape
import torch

a = torch.zeros(3)
b = torch.ones(2, 3)
print((a + b).shape)
try:
    a += b
except RuntimeError as e:
    print(e)
b += a
print(b)
try:
    a.add_(torch.ones(3, 1))
except RuntimeError as e:
    print(e)
