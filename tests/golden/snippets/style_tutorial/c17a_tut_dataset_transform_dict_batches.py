# A Dataset that returns dicts and applies a transform; the loader collates the dicts
import torch
from torch.utils.data import Dataset, DataLoader

class Points(Dataset):
    def __init__(self, n, transform=None):
        self.x = torch.arange(n, dtype=torch.float32).view(-1, 1)
        self.y = (torch.arange(n) % 3)
        self.transform = transform

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        sample = {"features": self.x[idx], "label": self.y[idx]}
        if self.transform:
            sample = self.transform(sample)
        return sample

scale = lambda s: {**s, "features": s["features"] / 10}
loader = DataLoader(Points(5, transform=scale), batch_size=2)
for batch in loader:
    print(batch["features"].view(-1), batch["label"], batch["label"].dtype)
print(len(Points(5)), Points(5)[4])
