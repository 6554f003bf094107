# Q: "Sizes of tensors must match except in dimension 1" when concatenating features; stack vs cat.
import torch

a = torch.zeros(4, 3)
b = torch.ones(5, 2)
try:
    torch.cat([a, b], dim=1)
except RuntimeError as e:
    print(e)
print(torch.cat([a, b[:4]], dim=1).shape)
try:
    torch.stack([a, a[:3]])
except RuntimeError as e:
    print(e)
print(torch.stack([a, a]).shape, torch.stack([a, a], dim=2).shape)
print(torch.cat([torch.tensor([1, 2]), torch.tensor([3.5])]))
try:
    torch.cat([torch.tensor(1.0), torch.tensor(2.0)])
except RuntimeError as e:
    print(e)
print(torch.hstack([torch.tensor(1.0), torch.tensor(2.0)]), torch.vstack([torch.arange(3), torch.arange(3)]))
