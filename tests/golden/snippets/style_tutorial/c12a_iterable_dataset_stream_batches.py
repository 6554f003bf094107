# An IterableDataset streaming synthetic records, batched by DataLoader.
import math
import torch
from torch.utils.data import DataLoader, IterableDataset

class Stream(IterableDataset):
    def __init__(self, start, end):
        super().__init__()
        self.start, self.end = start, end

    def __iter__(self):
        for i in range(self.start, self.end):
            yield torch.tensor([i, i * i], dtype=torch.float32), i % 2

ds = Stream(3, 10)
print(list(DataLoader(ds, batch_size=None))[:2])
for xb, yb in DataLoader(ds, batch_size=3):
    print(xb, yb)
loader = DataLoader(ds, batch_size=4, drop_last=True)
print(sum(1 for _ in loader))
try:
    len(DataLoader(ds, batch_size=2))
except TypeError as e:
    print("TypeError:", e)
per_worker = int(math.ceil((10 - 3) / 2))
print(per_worker)
total = torch.zeros(2)
for xb, _ in DataLoader(ds, batch_size=2):
    total += xb.sum(0)
print(total)
