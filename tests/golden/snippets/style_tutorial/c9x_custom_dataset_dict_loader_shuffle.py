# A custom Dataset returning dicts, loaded with shuffle=True and a seeded generator over two epochs.
import torch
from torch.utils.data import Dataset, DataLoader

class SquaresDataset(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)
        self.y = self.x ** 2

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        return {"idx": idx, "x": self.x[idx], "y": self.y[idx]}

ds = SquaresDataset(10)
print(len(ds), ds[3])
g = torch.Generator()
g.manual_seed(42)
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
print("batches per epoch:", len(loader))
for epoch in range(2):
    for i, batch in enumerate(loader):
        print(epoch, i, batch["idx"].tolist(), batch["x"], batch["y"].sum().item())
batch = next(iter(loader))
print(type(batch), sorted(batch.keys()))
print(batch["idx"].dtype, batch["x"].dtype)
loader2 = DataLoader(ds, batch_size=3, shuffle=False, drop_last=True)
print([b["idx"].tolist() for b in loader2])
