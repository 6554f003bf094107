# A Dataset of dicts: the default collate stacks each field
import torch
from torch.utils.data import Dataset, DataLoader

class Interactions(Dataset):
    def __init__(self):
        self.rows = [(0, 3, 1.0), (1, 2, 0.0), (2, 3, 1.0), (0, 1, 0.0), (1, 0, 1.0)]
    def __len__(self):
        return len(self.rows)
    def __getitem__(self, i):
        u, it, y = self.rows[i]
        return {'user': u, 'item': it, 'label': y}
dl = DataLoader(Interactions(), batch_size=2)
for batch in dl:
    print(batch)
first = next(iter(dl))
print(first['user'].dtype, first['label'].dtype)
print(len(dl))
