# Q: torch.stack vs torch.cat: new dim vs existing dim, hstack/vstack/dstack, and column_stack.
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.stack([a, b]), torch.stack([a, b], dim=1))
print(torch.cat([a, b]), torch.cat([a.unsqueeze(0), b.unsqueeze(0)], dim=0))
print(torch.hstack([a, b]), torch.vstack([a, b]).shape, torch.dstack([a, b]).shape)
print(torch.column_stack([a, b]), torch.row_stack((a, b)).shape)
m = torch.ones(2, 2)
print(torch.cat([m, torch.zeros(2, 3)], dim=1))
try:
    torch.cat([m, torch.zeros(3, 3)], dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.cat([a, torch.tensor([1.5])])
    print(torch.cat([a, torch.tensor([1.5])]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.stack([])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([torch.tensor([]), a]).dtype, torch.cat((a, b), 0).stride())
