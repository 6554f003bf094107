import torch
from torch.utils.data import DataLoader, default_collate

raw = [torch.tensor([1.0]), None, torch.tensor([3.0]), None, torch.tensor([5.0])]
try:
    next(iter(DataLoader(raw, batch_size=2)))
except Exception as e:
    print(type(e).__name__, str(e)[:100])
def skip_none(batch):
    batch = [b for b in batch if b is not None]
    return default_collate(batch) if batch else None
print([b if b is None else b.view(-1).tolist() for b in DataLoader(raw, batch_size=2, collate_fn=skip_none)])
