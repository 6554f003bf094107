# A Dataset returning dicts: the DataLoader's default collate stacks each field
import torch
from torch.utils.data import Dataset, DataLoader

class Records(Dataset):
    def __init__(self):
        self.values = torch.linspace(0, 1, 5)

    def __len__(self):
        return 5

    def __getitem__(self, i):
        return {"x": self.values[i].repeat(2), "label": i % 2, "weight": 0.5 * i}

batch = next(iter(DataLoader(Records(), batch_size=3)))
print(batch.keys())
print(batch["x"])
print(batch["label"], batch["label"].dtype)
print(batch["weight"], batch["weight"].dtype)
