# Q: HuberLoss result looks off when my model outputs (N, 1)
import torch
import torch.nn as nn

out = torch.tensor([[0.5], [1.5], [4.0]])
y = torch.tensor([0.0, 2.0, 3.0])
crit = nn.HuberLoss(delta=1.0)
print(crit(out, y))
print(crit(out.squeeze(-1), y))
print(nn.SmoothL1Loss(beta=0.5)(out.flatten(), y))
