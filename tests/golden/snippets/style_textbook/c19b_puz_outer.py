# Puzzle 3: outer product with broadcasting only
import torch

def outer(a, b):
    return a[:, None] * b[None, :]

a = torch.arange(1, 4)
b = torch.tensor([10, 20])
print(outer(a, b))
print(torch.outer(a, b))
print(torch.equal(outer(a, b), torch.outer(a, b)))
x = torch.tensor([0.5, -1.0])
print(outer(x, a), outer(x, a).dtype)
print(torch.outer(x, a).dtype)
