import torch
from torch.utils.data import Dataset, DataLoader


class SquaresDataset(Dataset):
    def __init__(self, n):
        self.x = torch.linspace(-1, 1, n).unsqueeze(1)
        self.y = self.x ** 2

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]


ds = SquaresDataset(7)
print(len(ds), ds[0])
for xb, yb in DataLoader(ds, batch_size=3):
    print(xb.squeeze(1), yb.shape)
