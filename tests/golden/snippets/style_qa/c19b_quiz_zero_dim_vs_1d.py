# Quiz 25: tensor(5) vs tensor([5])
import torch

a = torch.tensor(5)
b = torch.tensor([5])
print(a.shape, b.shape, a.dim(), b.dim())
print(a + b, (a + b).shape)
print(len(b))
try:
    len(a)
except TypeError as e:
    print(e)
try:
    a[0]
except IndexError as e:
    print(e)
print(b[0], b[0].shape)
