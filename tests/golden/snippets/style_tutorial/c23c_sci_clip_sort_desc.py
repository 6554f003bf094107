# Clipping a physical field into bounds and sorting eigen-like values in descending order.
import torch

field = torch.tensor([-3.0, 0.5, 2.5, 10.0], dtype=torch.float64)
print(torch.clip(field, -1.0, 2.0), torch.clip(field, min=0.0))
vals, idx = torch.sort(field, descending=True)
print(vals, idx)
print(torch.sort(torch.tensor([2, 1, 2, 0]), stable=True, descending=True))
print(torch.argsort(field.abs()))
