# Q: chunk(3) gave me only 2 pieces?
import torch

x = torch.arange(4)
print(x.chunk(3))
print(x.split(3))
print(torch.arange(5).chunk(3))
print(x.split([1, 3]))
try:
    x.split([1, 2])
except RuntimeError as err:
    print(err)
print(torch.arange(6).view(2, 3).unbind(1))
