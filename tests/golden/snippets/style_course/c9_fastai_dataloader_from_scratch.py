# fastai course: Dataset, Sampler, BatchSampler-like chunking and collate written by hand, vs torch's DataLoader.
import torch
from torch.utils.data import DataLoader, BatchSampler, SequentialSampler, RandomSampler

class Dataset:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __len__(self):
        return len(self.x)
    def __getitem__(self, i):
        return self.x[i], self.y[i]

def collate(b):
    xs, ys = zip(*b)
    return torch.stack(xs), torch.stack(ys)

class Sampler:
    def __init__(self, ds, shuffle=False):
        self.n, self.shuffle = len(ds), shuffle
    def __iter__(self):
        res = list(range(self.n))
        if self.shuffle:
            res = torch.randperm(self.n).tolist()
        return iter(res)

def chunked(it, bs):
    it = iter(it)
    while True:
        chunk = [x for _, x in zip(range(bs), it)]
        if not chunk:
            return
        yield chunk

class MyDataLoader:
    def __init__(self, ds, batchs, collate_fn=collate):
        self.ds, self.batchs, self.collate_fn = ds, batchs, collate_fn
    def __iter__(self):
        yield from (self.collate_fn([self.ds[i] for i in b]) for b in self.batchs)

x = torch.arange(20, dtype=torch.float32).view(10, 2)
y = torch.arange(10)
ds = Dataset(x, y)
print(len(ds), ds[3])
print(list(chunked(range(7), 3)))
dl = MyDataLoader(ds, list(chunked(Sampler(ds), 4)))
for xb, yb in dl:
    print(xb.shape, yb)
torch.manual_seed(42)
print(list(Sampler(ds, shuffle=True)))
bs = BatchSampler(SequentialSampler(ds), batch_size=4, drop_last=False)
print(list(bs))
tdl = DataLoader(ds, batch_sampler=bs, collate_fn=collate)
print([yb.tolist() for _, yb in tdl])
torch.manual_seed(42)
print(list(RandomSampler(ds)))
print(next(iter(DataLoader(ds, batch_size=3)))[0])
