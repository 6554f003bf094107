# Splitting data: random_split with a seeded generator and fractions, Subset indices, ConcatDataset.
import torch
from torch.utils.data import TensorDataset, random_split, Subset, ConcatDataset, DataLoader

features = torch.linspace(0, 1, 20).unsqueeze(1)
targets = torch.arange(20)
full = TensorDataset(features, targets)
train_set, val_set = random_split(full, [15, 5], generator=torch.Generator().manual_seed(42))
print(len(train_set), len(val_set), type(train_set).__name__)
print(train_set.indices[:5], sorted(val_set.indices))
a, b, c = random_split(full, [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(1))
print(len(a), len(b), len(c))
sub = Subset(full, [0, 5, 10])
print(sub[1], len(sub))
both = ConcatDataset([sub, Subset(full, range(17, 20))])
print(len(both), both.cumulative_sizes, both[4])
print([y.tolist() for _, y in DataLoader(both, batch_size=4)])
try:
    random_split(full, [10, 5])
except ValueError as e:
    print("ValueError:", e)
