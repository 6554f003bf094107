# clip_grad_norm_ returns the total norm before clipping; the gradients are rescaled
import torch
from torch import nn

torch.manual_seed(1614)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
x = torch.randn(8, 3) * 5
loss = (model(x) - 10).pow(2).mean()
loss.backward()
before = [p.grad.norm().item() for p in model.parameters()]
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = [p.grad.norm().item() for p in model.parameters()]
print(loss.item())
print(total)
print(before)
print(after)
print(torch.stack([p.grad.norm() for p in model.parameters()]).norm())
