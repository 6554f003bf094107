# Q: the default collate fails on different lengths; a custom collate_fn pads each batch.
import torch
from torch.utils.data import DataLoader

data = [(torch.tensor([1, 2, 3]), 0), (torch.tensor([4, 5]), 1), (torch.tensor([6]), 1), (torch.tensor([7, 8]), 0)]

def pad_collate(batch):
    xs, ys = zip(*batch)
    lengths = torch.tensor([len(x) for x in xs])
    out = torch.zeros(len(xs), int(lengths.max()), dtype=torch.long)
    for i, x in enumerate(xs):
        out[i, :len(x)] = x
    return out, torch.tensor(ys), lengths

for xb, yb, lb in DataLoader(data, batch_size=2, collate_fn=pad_collate):
    print(xb, yb, lb)
try:
    next(iter(DataLoader(data, batch_size=2)))
except RuntimeError as e:
    print(e)
