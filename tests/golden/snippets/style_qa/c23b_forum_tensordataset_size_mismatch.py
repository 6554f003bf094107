import torch
from torch.utils.data import TensorDataset

features = torch.linspace(0, 1, 12).view(6, 2)
labels = torch.tensor([0, 1, 1, 0, 1, 0])
pairs = TensorDataset(features, labels)
print(len(pairs), pairs[5], type(pairs[5]).__name__)
try:
    TensorDataset(features, labels[:-1])
except AssertionError as e:
    print("AssertionError", e)
print([t.shape for t in pairs[1:3]])
try:
    TensorDataset()
except Exception as e:
    print(type(e).__name__, e)
