# A Dataset with a normalising transform computed from training statistics, and a DataLoader sweep.
import torch
from torch.utils.data import Dataset, DataLoader

g = torch.Generator().manual_seed(3)
raw = torch.rand(20, 3, generator=g) * torch.tensor([100.0, 1.0, 10.0])
targets = (raw[:, 0] > 50).long()
mean, std = raw.mean(0), raw.std(0)
print(mean, std)

class Normalize:
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, x):
        return (x - self.mean) / self.std

class Table(Dataset):
    def __init__(self, data, labels, transform=None):
        self.data, self.labels, self.transform = data, labels, transform

    def __len__(self):
        return len(self.data)

    def __getitem__(self, idx):
        x = self.data[idx]
        return (self.transform(x) if self.transform else x), self.labels[idx]

ds = Table(raw, targets, Normalize(mean, std))
print(ds[0])
xs = torch.stack([ds[i][0] for i in range(len(ds))])
print(xs.mean(0), xs.std(0))
loader = DataLoader(ds, batch_size=8, shuffle=False, drop_last=False)
for i, (xb, yb) in enumerate(loader):
    print(i, xb.shape, yb.tolist(), xb.abs().max().item())
