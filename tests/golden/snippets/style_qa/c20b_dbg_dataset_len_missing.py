# a Dataset without __len__
import torch
from torch.utils.data import Dataset, DataLoader

class Squares(Dataset):
    def __getitem__(self, i):
        return torch.tensor(float(i)), torch.tensor(float(i * i))

ds = Squares()
print(ds[3])
loader = DataLoader(ds, batch_size=2)
len(loader)
