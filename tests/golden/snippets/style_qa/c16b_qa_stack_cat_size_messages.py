# Q: stack expects each tensor to be equal size
import torch

a, b = torch.ones(2, 3), torch.ones(2, 4)
try:
    torch.stack([a, b])
except RuntimeError as e:
    print(e)
try:
    torch.cat([a, b], dim=0)
except RuntimeError as e:
    print(e)
print(torch.cat([a, b], dim=1).shape)
try:
    torch.cat([])
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    torch.cat([a, torch.ones(3)])
except RuntimeError as e:
    print(e)
