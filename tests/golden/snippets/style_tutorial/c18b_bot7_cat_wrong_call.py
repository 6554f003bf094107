"""Joining tensors: torch.cat takes a sequence, not separate tensors."""
import torch

a = torch.ones(2, 2)
b = torch.zeros(2, 2)
try:
    torch.cat(a, b)
except TypeError as e:
    print("TypeError:", e)
print(torch.cat((a, b)).shape, torch.cat([a, b], dim=1).shape)
try:
    torch.stack(a, b)
except TypeError as e:
    print("TypeError:", e)
