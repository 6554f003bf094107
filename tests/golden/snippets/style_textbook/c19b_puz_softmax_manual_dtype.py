# Puzzle: softmax by hand on ints fails, on floats matches
import torch

x = torch.tensor([1, 2, 3])
try:
    print(x.exp() / x.exp().sum())
except RuntimeError as e:
    print(e)
print(x.exp(), x.exp().dtype)
e = (x - x.max()).exp()
print(e / e.sum())
print(torch.softmax(x.float(), 0))
print(torch.softmax(x, 0, dtype=torch.float64))
