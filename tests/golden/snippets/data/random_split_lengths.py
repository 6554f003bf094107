import torch
from torch.utils.data import random_split, TensorDataset

torch.manual_seed(1)
data = TensorDataset(torch.arange(10.0))
train, test = random_split(data, [8, 2])
print(len(train), len(test), train.indices, test.indices)
print(train[0], type(train).__name__)
a, b, c = random_split(range(30), [0.3, 0.3, 0.4], generator=torch.Generator().manual_seed(42))
print(list(a), list(b), list(c))
print(torch.randn(2))
