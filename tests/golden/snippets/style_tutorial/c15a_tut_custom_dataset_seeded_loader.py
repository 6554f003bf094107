# Custom Dataset returning dicts, an optional transform, and a seeded shuffling DataLoader
import torch
from torch.utils.data import Dataset, DataLoader

class CubesData(Dataset):
    def __init__(self, count, tfm=None):
        self.values = torch.linspace(0, 1, count)
        self.tfm = tfm

    def __len__(self):
        return self.values.numel()

    def __getitem__(self, i):
        item = {"v": self.values[i], "cube": self.values[i] ** 3, "idx": i}
        return self.tfm(item) if self.tfm else item

data = CubesData(9, tfm=lambda d: {**d, "v": d["v"] * 10})
print(len(data), data[4])
shuffled = DataLoader(data, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(5))
for ep in range(2):
    for bi, batch in enumerate(shuffled):
        print(ep, bi, batch["idx"], batch["v"], batch["cube"].tolist())
plain = next(iter(DataLoader(data, batch_size=3)))
print(plain["idx"].dtype, plain["cube"].dtype, sorted(plain))
