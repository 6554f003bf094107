import torch
from torch.utils.data import DataLoader

samples = [(torch.full((2,), float(i)), i % 2) for i in range(5)]
dl = DataLoader(samples, batch_size=2, collate_fn=lambda b: tuple(zip(*b)))
xs, ys = next(iter(dl))
print(type(xs).__name__, len(xs), ys)
dl = DataLoader(samples, batch_size=2, collate_fn=lambda b: (torch.stack([s[0] for s in b]), torch.tensor([s[1] for s in b])))
for xb, yb in dl:
    print(xb.shape, yb)
dl = DataLoader(samples, batch_size=None)
print(next(iter(dl)))
