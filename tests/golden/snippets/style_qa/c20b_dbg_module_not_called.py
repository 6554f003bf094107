# forgot to instantiate the loss
import torch
import torch.nn as nn

torch.manual_seed(25)
pred = torch.randn(3)
target = torch.randn(3)
crit = nn.MSELoss
try:
    crit(pred, target)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
crit = nn.MSELoss()
print(crit(pred, target))
print(nn.MSELoss(reduction="sum")(pred, target))
