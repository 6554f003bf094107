import torch
from torch.utils.data import Dataset

class Squares(Dataset):
    def __len__(self):
        return 5
    def __getitem__(self, i):
        return torch.tensor([i, i * i])

ds = Squares()
print(ds[3])
try:
    ds[1:3]
except Exception as e:
    print(type(e).__name__, e)
print([ds[i] for i in range(len(ds))][-1])
print(torch.stack([ds[i] for i in range(len(ds))]).shape)
try:
    ds + ds
    print(len(ds + ds))
except Exception as e:
    print(type(e).__name__, e)
