import torch

a = torch.ones(3)
b = torch.ones(2)
try:
    a + b
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(2, 3) * torch.ones(3, 2)
except RuntimeError as e:
    print(e)
torch.ones(4, 1, 3) - torch.ones(2, 2)
