# Q: why is my last batch smaller? DataLoader drop_last
import torch
from torch.utils.data import DataLoader, TensorDataset

feats = torch.arange(20.0).reshape(10, 2)
targets = torch.arange(10)
dataset = TensorDataset(feats, targets)
print(len(dataset), dataset[3])
for fb, tb in DataLoader(dataset, batch_size=4):
    print(fb.shape, tb.tolist())
print(len(DataLoader(dataset, batch_size=4, drop_last=True)))
