# Q: x[[True, False, True]] and x[torch.tensor([1, 0, 1])] give different results?!
import torch

x = torch.tensor([10, 20, 30])
print(x[[True, False, True]])
print(x[torch.tensor([True, False, True])])
print(x[torch.tensor([1, 0, 1])])
print(x[[1, 0, 1]])
mask = torch.tensor([1, 0, 1]).bool()
print(x[mask])
try:
    print(x[torch.tensor([True, False])])
except IndexError as e:
    print(e)
