import torch
from torch.utils.data import DataLoader

data = [(torch.tensor([1.0]), "cat", True), (torch.tensor([2.0]), "dog", False), (torch.tensor([3.0]), "cat", True)]
for x, name, flag in DataLoader(data, batch_size=2):
    print(x.shape, name, flag)
classes = sorted({d[1] for d in data})
to_idx = {c: i for i, c in enumerate(classes)}
print(to_idx, torch.tensor([to_idx[d[1]] for d in data]))
