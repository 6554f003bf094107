# Q: x ** -1 fails for my integer tensor
import torch

x = torch.tensor([1, 2, 4])
try:
    print(x ** -1)
except RuntimeError as err:
    print(err)
print(x ** -1.0)
print(x.float().reciprocal())
print(2 ** x, torch.pow(2, x).dtype)
print(x ** 0.5)
