# A seeded DataLoader shuffles differently each epoch but reproducibly; printing the order of samples.
import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(8).float(), torch.arange(8))
g = torch.Generator()
g.manual_seed(123)
loader = DataLoader(ds, batch_size=3, shuffle=True, generator=g)
for epoch in range(2):
    print(epoch, [yb.tolist() for _, yb in loader])
torch.manual_seed(5)
loader = DataLoader(ds, batch_size=4, shuffle=True)
print([yb.tolist() for _, yb in loader])
print([yb.tolist() for _, yb in loader])
print(torch.randint(0, 100, (3,)))
first = next(iter(DataLoader(ds, batch_size=2)))
print(first, type(first).__name__)
