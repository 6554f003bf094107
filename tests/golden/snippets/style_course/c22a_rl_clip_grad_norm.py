import torch
import torch.nn as nn

torch.manual_seed(6)
net = nn.Linear(4, 2)
x = torch.randn(10, 4) * 10
loss = net(x).pow(2).sum()
loss.backward()
total = nn.utils.clip_grad_norm_(net.parameters(), max_norm=0.5)
print(total)
norm_after = torch.sqrt(sum(p.grad.pow(2).sum() for p in net.parameters()))
print(round(norm_after.item(), 4))
