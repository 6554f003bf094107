# Quiz 16: mean of an integer tensor
import torch

x = torch.tensor([1, 2, 3, 4])
try:
    print(x.mean())
except RuntimeError as e:
    print(e)
print(x.float().mean())
print(x.mean(dtype=torch.float64))
print(x.sum() / len(x))
try:
    x.std()
except RuntimeError as e:
    print(e)
print(x.median(), x.float().median())
