"""Reshaping with the function form (and a wrong call)."""
import torch

x = torch.arange(6)
print(x.reshape(2, 3))
print(torch.reshape(x, (3, 2)))
try:
    torch.reshape(x, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    x.view((2, 3), 1)
except TypeError as e:
    print("TypeError:", e)
