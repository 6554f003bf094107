import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(8, 4) * 10
loss = model(x).pow(2).mean()
loss.backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(model.weight.grad)
print(round(torch.cat([p.grad.flatten() for p in model.parameters()]).norm().item(), 4))
small = nn.utils.clip_grad_norm_(model.parameters(), max_norm=100.0)
print(round(small.item(), 4), model.bias.grad)
print(nn.utils.clip_grad_norm_(model.parameters(), 0.5, norm_type=float("inf")), model.bias.grad)
print(nn.utils.clip_grad_norm_(model.parameters(), 0.5, norm_type=1))
