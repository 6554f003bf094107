import torch
from torch import nn

torch.manual_seed(15)
m = nn.Linear(4, 2)
x = torch.randn(8, 4) * 10
loss = m(x).pow(2).mean()
loss.backward()
before = torch.sqrt(sum(p.grad.pow(2).sum() for p in m.parameters()))
total = nn.utils.clip_grad_norm_(m.parameters(), max_norm=1.0)
after = torch.sqrt(sum(p.grad.pow(2).sum() for p in m.parameters()))
print(torch.isclose(total, before).item(), f"{after.item():.4f}")
print(type(total), total.dim())
