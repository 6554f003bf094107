# A custom Dataset with __len__ and __getitem__, batched by a DataLoader.
import torch
from torch.utils.data import Dataset, DataLoader

class SquaresDataset(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        return self.x[idx], self.x[idx] ** 2

ds = SquaresDataset(10)
print(len(ds), ds[3])
torch.manual_seed(22)
loader = DataLoader(ds, batch_size=4, shuffle=True)
features, labels = next(iter(loader))
print(f"Feature batch shape: {features.size()}")
print(features, labels)
print(len(loader))
