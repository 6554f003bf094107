import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.zeros(4, 2))
try:
    DataLoader(ds, multiprocessing_context="spawn")
except ValueError as e:
    print(type(e).__name__, e)
loader = DataLoader(ds, batch_size=2, pin_memory=True)
for (xb,) in loader:
    print(xb.shape)
print(torch.utils.data.get_worker_info())
