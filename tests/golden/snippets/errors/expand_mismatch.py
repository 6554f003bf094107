import torch

v = torch.tensor([1., 2.])
try:
    v.expand(3, 4)
except RuntimeError as e:
    print(e)
try:
    torch.zeros(2, 3).expand(3)
except RuntimeError as e:
    print(e)
torch.zeros(3, 1).expand(2, 2)
