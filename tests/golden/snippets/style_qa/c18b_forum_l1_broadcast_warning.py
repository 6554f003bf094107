# Q: L1Loss gives a huge number even for perfect predictions
import torch
import torch.nn as nn

crit = nn.L1Loss()
out = torch.tensor([[0.2], [0.4], [0.9], [0.1]])
y = torch.tensor([0.2, 0.4, 0.9, 0.1])
print(crit(out, y))
print(crit(out.view(-1), y))
print(crit(out, y.view(-1, 1)))
