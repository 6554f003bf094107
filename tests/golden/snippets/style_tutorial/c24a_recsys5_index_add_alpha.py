# Accumulating item-vector updates with index_add_ and scatter_add_
import torch

table = torch.zeros(4, 2)
rows = torch.tensor([0, 2, 0])
upd = torch.tensor([[1.0, 1.0], [2.0, 0.0], [0.5, -1.0]])
table.index_add_(0, rows, upd, alpha=0.1)
print(table)
t2 = torch.zeros(4, 2).scatter_add_(0, rows.unsqueeze(1).expand(-1, 2), upd)
print(t2)
print(torch.zeros(4, 2).scatter(0, torch.tensor([[1, 3]]), torch.tensor([[5.0, 6.0]])))
try:
    table.index_add_(0, rows, upd[:2])
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
