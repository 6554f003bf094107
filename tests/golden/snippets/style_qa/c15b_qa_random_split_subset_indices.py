# Q: random_split with fractions, and which indices each Subset got.
import torch
from torch.utils.data import TensorDataset, random_split, Subset, DataLoader

data = TensorDataset(torch.arange(10.0).unsqueeze(1), torch.arange(10) % 2)
train, val = random_split(data, [0.7, 0.3], generator=torch.Generator().manual_seed(0))
print(len(train), len(val), type(train).__name__)
print(train.indices, val.indices)
sub = Subset(data, [1, 3, 5])
print([int(y) for _, y in sub], sub[0])
loader = DataLoader(val, batch_size=2)
print([xb.squeeze(1).tolist() for xb, _ in loader])
try:
    random_split(data, [0.5, 0.3])
except ValueError as e:
    print(e)
