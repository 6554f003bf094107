# A Dataset returning dicts; the default collate stacks each key
import torch
from torch.utils.data import Dataset, DataLoader

class TabularDS(Dataset):
    def __init__(self, X, y):
        self.X, self.y = X, y
    def __len__(self):
        return len(self.X)
    def __getitem__(self, i):
        return {"num": self.X[i], "target": self.y[i], "id": i}

torch.manual_seed(0)
ds = TabularDS(torch.randn(7, 3), torch.randint(0, 2, (7,)).float())
for batch in DataLoader(ds, batch_size=3):
    print(sorted(batch), batch["num"].shape, batch["target"], batch["id"])
