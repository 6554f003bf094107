import torch
from torch import nn

pred = torch.tensor([[0.5], [1.5]], requires_grad=True)
target = torch.tensor([1, 2])
try:
    nn.MSELoss()(pred, target)
except Exception as e:
    print(type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(pred, target.float())
print(loss, [str(x.message)[:70] for x in w])
print(nn.MSELoss()(pred.squeeze(1), target.float()))
