# Exercise 5.D: rounding functions with keywords
import torch

x = torch.tensor([1.2345, -2.5, 3.5])
print(torch.round(x, decimals=1), torch.round(input=x))
print(x.round(decimals=-1), torch.tensor([15, 25, -15]).round(decimals=-1))
try:
    torch.round(torch.tensor([1, 2]), decimals=1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.fix(x), torch.clip(x, max=2))
