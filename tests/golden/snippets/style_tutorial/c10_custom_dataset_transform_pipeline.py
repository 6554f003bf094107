# A Dataset with a transform pipeline (a small Compose written by hand) on synthetic "images".
import torch
from torch.utils.data import Dataset, DataLoader

class Compose:
    def __init__(self, fns):
        self.fns = fns

    def __call__(self, x):
        for f in self.fns:
            x = f(x)
        return x

class Normalize:
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, x):
        return (x - self.mean) / self.std

class ImageSet(Dataset):
    def __init__(self, n, transform=None, target_transform=None):
        g = torch.Generator().manual_seed(10)
        self.images = torch.randint(0, 256, (n, 1, 4, 4), generator=g, dtype=torch.uint8)
        self.labels = torch.arange(n) % 2
        self.transform, self.target_transform = transform, target_transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        img, label = self.images[i], self.labels[i]
        if self.transform:
            img = self.transform(img)
        if self.target_transform:
            label = self.target_transform(label)
        return img, label

tf = Compose([lambda t: t.float() / 255, Normalize(0.5, 0.25), lambda t: t.flip(-1)])
ds = ImageSet(6, transform=tf, target_transform=lambda y: torch.nn.functional.one_hot(y, 2).float())
img, lab = ds[1]
print(img.dtype, img.shape, lab)
print(img[0, 0])
raw = ImageSet(6)[1][0]
print(raw.dtype, raw[0, 0])
for xb, yb in DataLoader(ds, batch_size=4):
    print(xb.shape, yb, xb.mean().item())
