# Puzzle 16: scatter_add(values, link, j)
import torch

def scatter_add(values, link, j):
    return ((link[:, None] == torch.arange(j)) * values[:, None]).sum(0)

values = torch.tensor([5, 1, 7, 2, 3, 2, 1, 3])
link = torch.tensor([0, 0, 1, 0, 2, 2, 3, 3])
print(scatter_add(values, link, 4))
out = torch.zeros(4, dtype=torch.long).scatter_add(0, link, values)
print(out)
print(torch.zeros(4).index_add(0, link, values.float()))
try:
    torch.zeros(4).scatter_add(0, link, values)
except RuntimeError as e:
    print(e)
