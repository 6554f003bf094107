# A custom Dataset whose __getitem__ applies transforms written in torch (normalize, flip, noise).
import torch
from torch.utils.data import Dataset, DataLoader


class Normalize:
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, img):
        return (img - self.mean) / self.std


class HFlip:
    def __call__(self, img):
        return torch.flip(img, dims=[-1])


class Compose:
    def __init__(self, ts):
        self.ts = ts

    def __call__(self, img):
        for t in self.ts:
            img = t(img)
        return img


class ToyImages(Dataset):
    def __init__(self, n, transform=None):
        g = torch.Generator().manual_seed(42)
        self.data = torch.randint(0, 256, (n, 1, 4, 4), generator=g, dtype=torch.uint8)
        self.targets = torch.arange(n) % 3
        self.transform = transform

    def __len__(self):
        return len(self.data)

    def __getitem__(self, idx):
        img = self.data[idx].float() / 255
        if self.transform:
            img = self.transform(img)
        return img, self.targets[idx]


ds = ToyImages(7, transform=Compose([HFlip(), Normalize(0.5, 0.5)]))
img, label = ds[0]
print(len(ds), img.shape, img.dtype, label)
print(ds.data[0, 0])
print(img[0])
loader = DataLoader(ds, batch_size=3)
for xb, yb in loader:
    print(xb.shape, yb, round(xb.mean().item(), 4))
print(img.min().item() >= -1, img.max().item() <= 1)
