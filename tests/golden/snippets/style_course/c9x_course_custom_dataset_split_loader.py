# Course notebook: a custom Dataset with a transform, random_split with a generator, and a shuffled loader.
import torch
from torch.utils.data import Dataset, DataLoader, random_split

class SquaresDataset(Dataset):
    def __init__(self, n, transform=None):
        self.x = torch.arange(n, dtype=torch.float32)
        self.transform = transform
    def __len__(self):
        return len(self.x)
    def __getitem__(self, idx):
        x = self.x[idx]
        sample = {"x": x, "y": x ** 2}
        if self.transform:
            sample = self.transform(sample)
        return sample

def scale(sample):
    return {"x": sample["x"] / 10, "y": sample["y"] / 100}

ds = SquaresDataset(12, transform=scale)
print(len(ds), ds[5])
train_ds, val_ds = random_split(ds, [9, 3], generator=torch.Generator().manual_seed(42))
print(len(train_ds), len(val_ds), val_ds.indices)
g = torch.Generator()
g.manual_seed(0)
loader = DataLoader(train_ds, batch_size=4, shuffle=True, generator=g)
print(len(loader))
for epoch in range(2):
    for i, batch in enumerate(loader):
        print(epoch, i, batch["x"].tolist(), batch["y"].dtype, batch["y"].shape)
val_loader = DataLoader(val_ds, batch_size=2)
batch = next(iter(val_loader))
print(type(batch).__name__, sorted(batch), batch["x"])
