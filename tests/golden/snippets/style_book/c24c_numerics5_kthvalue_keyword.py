# Exercise 8.F: statistics functions called with keywords
import torch

x = torch.tensor([[4.0, 1.0, 3.0], [2.0, 6.0, 5.0]])
print(torch.kthvalue(x, k=2, dim=1, keepdim=True))
print(torch.median(x, dim=0, keepdim=False).values, torch.mode(x, dim=-1).indices)
print(torch.quantile(x, q=0.5, dim=1, keepdim=True, interpolation="nearest"))
print(torch.std_mean(x, dim=1, correction=0))
print(torch.var_mean(x, dim=(0, 1), keepdim=True))
try:
    torch.median(x, dim=0, q=0.5)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
