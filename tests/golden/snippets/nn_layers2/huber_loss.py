import torch
import torch.nn as nn

torch.manual_seed(0)
pred = torch.randn(3, 2, requires_grad=True)
target = torch.randn(3, 2)
crit = nn.HuberLoss(delta=0.5)
loss = crit(pred, target)
print(crit, loss)
loss.backward()
print(pred.grad)
print(nn.HuberLoss(reduction="none")(pred, target))
