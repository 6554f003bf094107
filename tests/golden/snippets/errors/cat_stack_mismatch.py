import torch

a = torch.zeros(2, 2)
b = torch.zeros(3, 3)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print(e)
try:
    torch.stack([torch.zeros(2), torch.zeros(3)])
except RuntimeError as e:
    print(e)
try:
    torch.cat([])
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
torch.cat([torch.zeros(2), torch.zeros(2, 2)])
