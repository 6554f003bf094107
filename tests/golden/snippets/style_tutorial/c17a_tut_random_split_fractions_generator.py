# random_split with fractions and a seeded generator
import torch
from torch.utils.data import TensorDataset, random_split

data = TensorDataset(torch.arange(10).float().unsqueeze(1), torch.arange(10) % 2)
train, val, test = random_split(data, [0.7, 0.2, 0.1], generator=torch.Generator().manual_seed(42))
print(len(train), len(val), len(test))
print(train.indices, val.indices, test.indices)
x, y = val[0]
print(x, y, type(train).__name__)
try:
    random_split(data, [0.5, 0.6])
except ValueError as e:
    print("ValueError:", e)
