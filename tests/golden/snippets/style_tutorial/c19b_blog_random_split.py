# Train / validation / test split in one line
import torch
from torch.utils.data import TensorDataset, random_split

torch.manual_seed(0)
full = TensorDataset(torch.arange(20.0).view(10, 2), torch.arange(10))
train_part, val_part, test_part = random_split(full, [0.6, 0.2, 0.2])
print([len(p) for p in (train_part, val_part, test_part)])
print(sorted(train_part.indices), val_part.indices, test_part.indices)
print(val_part[0])
try:
    random_split(full, [7, 2])
except ValueError as err:
    print(err)
