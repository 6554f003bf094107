# A custom Dataset with a transform class; normalisation statistics computed from the training split.
import torch
from torch.utils.data import DataLoader, Dataset

class Normalize:
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, x):
        return (x - self.mean) / self.std

    def __repr__(self):
        return f"{self.__class__.__name__}(mean={self.mean.tolist()}, std={self.std.tolist()})"

class SensorDataset(Dataset):
    def __init__(self, n, transform=None, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.randn(n, 3, generator=g) * torch.tensor([1.0, 10.0, 0.1]) + torch.tensor([0.0, 50.0, -2.0])
        self.y = (self.x[:, 0] > 0).long()
        self.transform = transform

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        x = self.x[idx]
        if self.transform:
            x = self.transform(x)
        return x, self.y[idx]

raw = SensorDataset(64)
mean, std = raw.x.mean(0), raw.x.std(0)
print(mean, std)
norm = Normalize(mean, std)
print(norm)
train = SensorDataset(64, transform=norm)
x0, y0 = train[0]
print(x0, y0, raw[0][0])
loader = DataLoader(train, batch_size=16, shuffle=False)
batch_x, batch_y = next(iter(loader))
print(batch_x.shape, batch_x.mean(0), batch_x.std(0))
all_x = torch.cat([xb for xb, _ in loader])
print(all_x.mean(0).abs().max() < 1e-5, all_x.std(0))
print(len(loader), batch_y.dtype, batch_y.sum())
