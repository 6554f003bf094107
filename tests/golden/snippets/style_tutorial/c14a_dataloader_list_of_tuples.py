# DataLoader over plain Python data: lists of tuples with ints and floats collate to int64/float64 tensors.
import torch
from torch.utils.data import DataLoader

pairs = [(i, i * 0.5, [i, -i], "s%d" % i) for i in range(5)]
loader = DataLoader(pairs, batch_size=2)
for batch in loader:
    print(batch)
print(len(loader), len(loader.dataset))
images, labels = next(iter(DataLoader([(torch.ones(2, 2) * k, k) for k in range(6)], batch_size=4)))
print(images.shape, labels, labels.dtype)
torch.manual_seed(1475)
order = [int(b) for b in DataLoader(range(7), batch_size=1, shuffle=True)]
print(order)
print(next(iter(DataLoader([{"x": 1.0}, {"x": 2.0}], batch_size=2))))
print([b.tolist() for b in DataLoader(torch.arange(5.0), batch_size=2, drop_last=True)])
