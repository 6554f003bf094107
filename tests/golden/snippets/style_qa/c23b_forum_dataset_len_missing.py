import torch
from torch.utils.data import Dataset, DataLoader

class NoLen(Dataset):
    def __getitem__(self, i):
        return torch.tensor(i)

try:
    len(NoLen())
except Exception as e:
    print(type(e).__name__, e)
dl = DataLoader(NoLen(), batch_size=2)
try:
    len(dl)
except Exception as e:
    print(type(e).__name__, e)
try:
    next(iter(dl))
except Exception as e:
    print(type(e).__name__, e)
