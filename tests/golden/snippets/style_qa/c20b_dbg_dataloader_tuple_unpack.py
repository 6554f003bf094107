# unpacking a TensorDataset batch wrongly
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(94)
x = torch.arange(6.).view(3, 2)
y = torch.tensor([0, 1, 0])
loader = DataLoader(TensorDataset(x, y), batch_size=2)
for batch in loader:
    print(type(batch).__name__, len(batch))
try:
    for xb, yb, extra in loader:
        pass
except ValueError as e:
    print("ValueError:", e)
for xb, yb in loader:
    print(xb.shape, yb)
