import torch
from torch.utils.data import Dataset, DataLoader

class Buggy(Dataset):
    def __init__(self):
        self.x = torch.arange(5)
    def __len__(self):
        return 6
    def __getitem__(self, i):
        return self.x[i]

dl = DataLoader(Buggy(), batch_size=4)
it = iter(dl)
print(next(it))
try:
    next(it)
except Exception as e:
    print(type(e).__name__, e)
