import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader

class NpData(Dataset):
    def __init__(self):
        self.x = np.arange(12, dtype=np.float64).reshape(6, 2)
        self.y = np.array([0, 1, 0, 1, 1, 0])
    def __len__(self):
        return len(self.x)
    def __getitem__(self, i):
        return self.x[i], self.y[i]

xb, yb = next(iter(DataLoader(NpData(), batch_size=3)))
print(xb.dtype, yb.dtype, xb.shape)
print(xb)
model = torch.nn.Linear(2, 2)
try:
    model(xb)
except Exception as e:
    print(type(e).__name__, e)
print(model(xb.float()).shape)
