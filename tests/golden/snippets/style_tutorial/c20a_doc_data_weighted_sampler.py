# WeightedRandomSampler, SubsetRandomSampler and a DataLoader with collate_fn
import torch
from torch.utils.data import DataLoader, SubsetRandomSampler, WeightedRandomSampler

torch.manual_seed(0)
print(list(WeightedRandomSampler([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, replacement=True)))
print(list(WeightedRandomSampler([0.9, 0.4, 0.05, 0.2, 0.3, 0.1], 5, replacement=False)))
print(list(SubsetRandomSampler([10, 11, 12, 13])))

def collate(batch):
    xs, ys = zip(*batch)
    return torch.tensor(xs), list(ys)

data = [(i, chr(97 + i)) for i in range(5)]
for xb, yb in DataLoader(data, batch_size=2, collate_fn=collate):
    print(xb, yb)
