import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.arange(8), torch.arange(8) * 10)
g = torch.Generator()
g.manual_seed(123)
loader = DataLoader(data, batch_size=3, shuffle=True, generator=g)
for epoch in range(3):
    order = []
    for idx, val in loader:
        order.extend(idx.tolist())
    print("epoch", epoch, order)

g.manual_seed(123)
first = [b[0].tolist() for b in loader]
print("replayed first epoch:", first)
