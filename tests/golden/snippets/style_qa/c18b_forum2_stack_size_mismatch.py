# Q: torch.stack says "stack expects each tensor to be equal size"
import torch

a = torch.zeros(3, 4)
b = torch.zeros(3, 5)
try:
    torch.stack([a, b])
except RuntimeError as err:
    print(err)
try:
    torch.cat([a, b], dim=0)
except RuntimeError as err:
    print(err)
print(torch.cat([a, b], dim=1).shape)
