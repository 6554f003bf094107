# A Dataset returning Python floats and ints: the loader collates them to float64 / int64
import torch
from torch.utils.data import Dataset, DataLoader

class Table(Dataset):
    def __init__(self):
        self.rows = [(1.5, 2, "a"), (0.25, 0, "b"), (3.0, 1, "c")]
    def __len__(self):
        return len(self.rows)
    def __getitem__(self, i):
        x, y, tag = self.rows[i]
        return [x, x * 2], y, tag

batch = next(iter(DataLoader(Table(), batch_size=3)))
feats, labels, tags = batch
print(feats, labels, tags)
x = torch.stack(feats, dim=1)
print(x.dtype, labels.dtype, x.shape)
model = torch.nn.Linear(2, 1)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.float()).shape)
