# Data loading doc: automatic batching off (batch_size=None), default_collate on dicts and tuples, batch_sampler.
import torch
from torch.utils.data import DataLoader, Dataset, BatchSampler, SequentialSampler
from torch.utils.data import default_collate

class Pairs(Dataset):
    def __init__(self):
        self.x = torch.arange(12.0).view(6, 2)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return {"x": self.x[i], "y": i % 2, "name": f"item{i}"}

ds = Pairs()
for sample in DataLoader(ds, batch_size=None):
    print(sample["x"], sample["y"], sample["name"])
    break
batch = next(iter(DataLoader(ds, batch_size=4)))
print(batch)
print(default_collate([(torch.tensor(1.0), 2), (torch.tensor(3.0), 4)]))
print(default_collate([1.5, 2.5]), default_collate([[1, 2], [3, 4]]))
sampler = BatchSampler(SequentialSampler(range(6)), batch_size=4, drop_last=False)
print(list(sampler))
for b in DataLoader(ds, batch_sampler=sampler):
    print(b["x"].shape, b["y"])
