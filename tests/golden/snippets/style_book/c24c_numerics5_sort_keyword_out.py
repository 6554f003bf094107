# Exercise 8.G: sort/argsort/msort argument forms
import torch

x = torch.tensor([[3.0, 1.0, 2.0], [0.0, -1.0, 5.0]])
print(torch.sort(x, dim=0, descending=True).values, torch.argsort(x, dim=1, descending=False, stable=True))
print(torch.sort(x, stable=True, dim=1, descending=True).indices)
vals, idx = torch.empty(0), torch.empty(0, dtype=torch.long)
torch.sort(x, 1, out=(vals, idx))
print(vals, idx)
try:
    torch.argsort(x, dim=1, stable=True, descending=True, kind="quick")
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
