import torch

a = torch.ones(2, 3)
try:
    a @ a
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.mm(a, torch.ones(2, 2))
except RuntimeError as e:
    print(e)
try:
    torch.ones(3) @ torch.ones(2)
except RuntimeError as e:
    print(e)
a @ torch.ones(2)
