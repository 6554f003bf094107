# Datasets with a transform and a target_transform, then a DataLoader with drop_last and a Sampler.
import torch
from torch.utils.data import DataLoader, Dataset, SequentialSampler, SubsetRandomSampler

class Squares(Dataset):
    def __init__(self, n, transform=None, target_transform=None):
        self.n = n
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        x = torch.tensor([float(idx)])
        y = idx % 3
        if self.transform:
            x = self.transform(x)
        if self.target_transform:
            y = self.target_transform(y)
        return x, y

ds = Squares(7, transform=lambda x: x ** 2,
             target_transform=lambda y: torch.zeros(3, dtype=torch.float).scatter_(0, torch.tensor(y), value=1))
print(ds[3])
loader = DataLoader(ds, batch_size=3, drop_last=True)
print(len(loader))
for xb, yb in loader:
    print(xb.view(-1), yb.argmax(1))
torch.manual_seed(0)
sub = DataLoader(ds, batch_size=2, sampler=SubsetRandomSampler([0, 2, 4, 6]))
print([xb.view(-1).tolist() for xb, _ in sub])
print(list(SequentialSampler(range(3))))
