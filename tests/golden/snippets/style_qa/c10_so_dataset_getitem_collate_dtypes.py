# Q: my Dataset returns Python floats and ints (and dicts) - what dtypes does the DataLoader give me?
import torch
from torch.utils.data import Dataset, DataLoader

class Pairs(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return {"x": [float(i), float(i) * 0.5], "y": i % 2, "name": f"item{i}", "w": torch.tensor(i / 10)}

loader = DataLoader(Pairs(5), batch_size=2)
for batch in loader:
    print(batch)
    break
print(batch["x"][0].dtype, batch["y"].dtype, batch["w"].dtype)

class Tuples(Dataset):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return torch.full((2,), float(i)), float(i) / 3, True

for xb, yb, flag in DataLoader(Tuples(), batch_size=3):
    print(xb, yb, yb.dtype, flag)
print(len(DataLoader(Pairs(5), batch_size=2)), len(DataLoader(Pairs(5), batch_size=2, drop_last=True)))
def collate(batch):
    xs = torch.tensor([b["x"] for b in batch])
    ys = torch.tensor([b["y"] for b in batch], dtype=torch.float32)
    return xs, ys
print(next(iter(DataLoader(Pairs(5), batch_size=3, collate_fn=collate))))
