import torch
from torch import nn

p = torch.tensor([0.2, 0.9, 0.5])
try:
    nn.BCELoss()(p, torch.tensor([0.0, 1.0, 2.0]))
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.BCELoss()(torch.tensor([1.2, 0.5, 0.5]), torch.tensor([1.0, 0.0, 1.0]))
except Exception as e:
    print(type(e).__name__, e)
print(nn.BCELoss()(torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])))
print(nn.BCEWithLogitsLoss()(torch.tensor([2.0, -1.0]), torch.tensor([2.0, 0.5])))
