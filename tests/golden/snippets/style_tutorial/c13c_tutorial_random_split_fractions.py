import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

torch.manual_seed(0)
X = torch.randn(20, 3)
y = (X.sum(1) > 0).long()
full = TensorDataset(X, y)
train, val, test = random_split(full, [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(42))
print(len(train), len(val), len(test))
print("val indices:", val.indices)
print(type(train).__name__)
xb, yb = next(iter(DataLoader(val, batch_size=len(val))))
print(xb.shape, yb)
a, b = random_split(range(10), [7, 3], generator=torch.Generator().manual_seed(1))
print(list(a), list(b))
