# Puzzle 6: triu(n) mask with <=
import torch

def triu(j):
    return torch.arange(j)[:, None] <= torch.arange(j)

print(triu(4))
x = torch.arange(1, 17).reshape(4, 4)
print(torch.where(triu(4), x, 0))
print(torch.triu(x))
print(torch.triu(x, diagonal=1))
print(torch.tril(x, -1))
print(torch.triu(torch.ones(3, 3, dtype=torch.bool), 1))
