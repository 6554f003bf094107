import torch
from torch.utils.data import DataLoader

rows = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
batch = next(iter(DataLoader(rows, batch_size=2)))
print(type(batch).__name__, batch)
try:
    torch.nn.Linear(2, 1)(batch)
except Exception as e:
    print(type(e).__name__, e)
print(torch.stack(batch, dim=1))
print(next(iter(DataLoader(torch.tensor(rows), batch_size=2))))
