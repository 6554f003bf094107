# Freeze the model so only the input collects gradients during an attack
import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 1))
model.requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
x = torch.zeros(1, 3, requires_grad=True)
model(x).sum().backward()
print(x.grad.shape, all(p.grad is None for p in model.parameters()))
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
model.requires_grad_()
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
