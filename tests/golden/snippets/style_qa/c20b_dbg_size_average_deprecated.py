# old loss arguments size_average / reduce
import torch
import torch.nn as nn

pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 2.0])
crit = nn.MSELoss(size_average=False)
print(crit.reduction)
print(crit(pred, target))
print(nn.L1Loss(reduce=False)(pred, target))
