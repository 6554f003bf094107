# Exploding gradients: clip_grad_norm_ returns the total norm before clipping; clip_grad_value_.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
x, y = torch.randn(16, 4) * 10, torch.randn(16, 1) * 100
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
norms = [p.grad.norm().item() for p in model.parameters()]
print([round(n, 3) for n in norms])
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(round(torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters())).item(), 4))
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.01)
print(max(p.grad.abs().max().item() for p in model.parameters()))
print(nn.utils.clip_grad_norm_(model.parameters(), 1.0, norm_type=float('inf')))
