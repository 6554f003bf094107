# triplet loss: nn.TripletMarginLoss vs the formula
import torch
import torch.nn as nn
torch.manual_seed(19)
a, p, n = torch.randn(3, 4, requires_grad=True), torch.randn(3, 4), torch.randn(3, 4)
crit = nn.TripletMarginLoss(margin=1.0, p=2)
loss = crit(a, p, n)
manual = torch.clamp((a - p).norm(dim=1) - (a - n).norm(dim=1) + 1.0, min=0).mean()
print(loss.item(), manual.item())
loss.backward()
print(a.grad)
print(crit)
