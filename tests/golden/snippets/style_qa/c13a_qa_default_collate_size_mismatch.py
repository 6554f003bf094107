# Q: DataLoader raises "stack expects each tensor to be equal size" - images of different sizes in one batch.
import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __init__(self):
        self.sizes = [(3, 4), (3, 4), (2, 4), (3, 4)]

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        return torch.ones(1, *self.sizes[i]) * i, i


try:
    for xb, yb in DataLoader(Images(), batch_size=4):
        print(xb.shape)
except RuntimeError as e:
    print("RuntimeError:", e)
for xb, yb in DataLoader(Images(), batch_size=2):
    print(xb.shape if isinstance(xb, torch.Tensor) else None, yb)
    break
loader = DataLoader(Images(), batch_size=2, collate_fn=lambda b: ([x for x, _ in b], torch.tensor([y for _, y in b])))
for xs, ys in loader:
    print([tuple(x.shape) for x in xs], ys)
