# Exercise 1.C: grids from keywords
import torch

print(torch.linspace(start=-1, end=1, steps=5, dtype=torch.float64))
print(torch.arange(start=1, end=4), torch.arange(end=3), torch.arange(5, step=2))
print(torch.logspace(start=0, end=2, steps=3, base=10.0))
try:
    torch.linspace(0, 1)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
try:
    torch.arange(start=1)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
