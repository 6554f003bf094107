# Data loading tutorial: a Dataset whose __getitem__ accepts tensors (idx.tolist()) and applies a transform class.
import torch
from torch.utils.data import Dataset, DataLoader

class Rescale:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, sample):
        return {"landmarks": sample["landmarks"] * self.factor, "label": sample["label"]}

class Landmarks(Dataset):
    def __init__(self, n, transform=None):
        g = torch.Generator().manual_seed(14)
        self.points = torch.rand(n, 4, 2, generator=g)
        self.labels = torch.arange(n) % 3
        self.transform = transform

    def __len__(self):
        return len(self.points)

    def __getitem__(self, idx):
        if torch.is_tensor(idx):
            idx = idx.tolist()
        sample = {"landmarks": self.points[idx], "label": self.labels[idx]}
        if self.transform:
            sample = self.transform(sample)
        return sample

ds = Landmarks(7, transform=Rescale(10))
print(len(ds))
s = ds[torch.tensor(2)]
print(s["landmarks"].shape, s["label"])
print(ds[3]["landmarks"][0])
loader = DataLoader(ds, batch_size=3, shuffle=False)
for i_batch, sample_batched in enumerate(loader):
    print(i_batch, sample_batched["landmarks"].size(), sample_batched["label"])
print(sample_batched["landmarks"].mean(dim=(1, 2)))
