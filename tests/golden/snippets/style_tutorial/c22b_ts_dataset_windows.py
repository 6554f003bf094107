import torch
from torch.utils.data import Dataset, DataLoader


class WindowDataset(Dataset):
    def __init__(self, series, lookback, horizon):
        self.s, self.lb, self.h = series, lookback, horizon

    def __len__(self):
        return len(self.s) - self.lb - self.h + 1

    def __getitem__(self, i):
        return self.s[i:i + self.lb], self.s[i + self.lb:i + self.lb + self.h]


ds = WindowDataset(torch.arange(12.0), lookback=4, horizon=2)
print(len(ds))
print(ds[0])
dl = DataLoader(ds, batch_size=3, shuffle=False)
for xb, yb in dl:
    print(xb.shape, yb.shape, yb[:, 0])
