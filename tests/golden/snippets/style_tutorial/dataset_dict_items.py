# A Dataset returning dicts: the default collate batches each key.
import torch
from torch.utils.data import Dataset, DataLoader

class Squares(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        return {'x': self.x[idx], 'y': self.x[idx] ** 2, 'id': idx}

ds = Squares(5)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=2)
for batch in loader:
    print(batch)
pairs = DataLoader([(1, 'a'), (2, 'b'), (3, 'c')], batch_size=2)
print(list(pairs))
print(next(iter(DataLoader([torch.ones(2), torch.zeros(2)], batch_size=2))))
