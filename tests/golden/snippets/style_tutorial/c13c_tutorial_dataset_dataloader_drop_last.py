import torch
from torch.utils.data import Dataset, DataLoader


class Windows(Dataset):
    """Sliding windows over a series: input is `size` values, target the next one."""

    def __init__(self, series, size):
        self.series, self.size = series, size

    def __len__(self):
        return len(self.series) - self.size

    def __getitem__(self, i):
        return self.series[i:i + self.size], self.series[i + self.size]


series = torch.arange(1, 12, dtype=torch.float32) ** 0.5
ds = Windows(series, 3)
print("windows:", len(ds))
print(ds[0])
for drop in (False, True):
    loader = DataLoader(ds, batch_size=3, drop_last=drop)
    sizes = [xb.shape[0] for xb, _ in loader]
    print("drop_last", drop, "->", len(loader), "batches of", sizes)
xb, yb = next(iter(DataLoader(ds, batch_size=2)))
print(xb, yb)
