from functools import partial
import torch
from torch.utils.data import DataLoader

def pad_collate(batch, pad_value):
    L = max(len(b) for b in batch)
    return torch.tensor([b + [pad_value] * (L - len(b)) for b in batch])

data = [[1], [2, 3, 4], [5, 6]]
dl = DataLoader(data, batch_size=3, collate_fn=partial(pad_collate, pad_value=-1))
print(next(iter(dl)))
dl2 = DataLoader(data, batch_size=2, collate_fn=lambda b: pad_collate(b, 0))
print([x.shape for x in dl2])
