import torch
from torch.utils.data import IterableDataset, DataLoader

class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield torch.tensor([i, i * i])

dl = DataLoader(Stream(5), batch_size=2)
for b in dl:
    print(b)
try:
    len(dl)
except Exception as e:
    print(type(e).__name__, e)
try:
    DataLoader(Stream(5), shuffle=True)
except Exception as e:
    print(type(e).__name__, e)
