# Q: index_select with the output of argmax works but my own index fails
import torch

table = torch.arange(12.0).view(4, 3)
idx = torch.tensor([0.0, 2.0])
try:
    torch.index_select(table, 0, idx)
except (RuntimeError, IndexError) as err:
    print(type(err).__name__, err)
try:
    table[idx]
except IndexError as err:
    print("IndexError:", err)
print(table[idx.long()])
print(torch.index_select(table, 1, torch.tensor([2])))
