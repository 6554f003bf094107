# An IterableDataset streaming synthetic samples, batched by a DataLoader, with worker info absent.
import math
import torch
from torch.utils.data import IterableDataset, DataLoader, get_worker_info

class RangeStream(IterableDataset):
    def __init__(self, start, end):
        super().__init__()
        self.start, self.end = start, end

    def __iter__(self):
        worker_info = get_worker_info()
        print("worker info:", worker_info)
        for i in range(self.start, self.end):
            yield torch.tensor([i, i * i], dtype=torch.float32), math.sin(i)

ds = RangeStream(3, 10)
print(list(iter(ds))[0])
loader = DataLoader(ds, batch_size=3)
for xb, yb in loader:
    print(xb.tolist(), yb)
try:
    len(loader)
except TypeError as e:
    print("TypeError:", e)
try:
    DataLoader(ds, shuffle=True)
except ValueError as e:
    print("ValueError:", e)
