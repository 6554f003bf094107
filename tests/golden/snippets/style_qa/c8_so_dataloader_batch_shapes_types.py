# Q: what does my DataLoader return? batches of tuples, dicts, numbers, and the last smaller batch.
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset, random_split

class DictDs(Dataset):
    def __len__(self):
        return 5

    def __getitem__(self, i):
        return {'x': torch.tensor([i, i * 2.0]), 'y': i % 2, 'name': f'item{i}'}

for batch in DataLoader(DictDs(), batch_size=2):
    print(batch['x'].shape, batch['y'], batch['name'])
ds = TensorDataset(torch.arange(10.).view(5, 2), torch.tensor([0, 1, 0, 1, 1]))
xb, yb = next(iter(DataLoader(ds, batch_size=3)))
print(xb, yb)
print(len(DataLoader(ds, batch_size=2)), len(DataLoader(ds, batch_size=2, drop_last=True)))
train, val = random_split(ds, [4, 1], generator=torch.Generator().manual_seed(0))
print(len(train), len(val), train.indices, val.indices)
print(val[0])
pairs = DataLoader([(1, 2.5), (3, 4.5)], batch_size=2)
print(next(iter(pairs)))
print(next(iter(DataLoader([[1, 2], [3, 4]], batch_size=2))))
