# A shuffled DataLoader gives a new order each epoch; the global seed makes it repeatable.
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(7)
data = TensorDataset(torch.arange(6), torch.arange(6) * 10)
loader = DataLoader(data, batch_size=4, shuffle=True)
for epoch in range(3):
    for xb, yb in loader:
        print(epoch, xb.tolist(), yb.tolist())
plain = DataLoader(list(range(5)), batch_size=2)
print([b for b in plain])
print(next(iter(DataLoader(data, batch_size=3))))
