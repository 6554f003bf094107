# Quiz 36: model.zero_grad and parameters() count
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
print(sum(p.numel() for p in model.parameters()))
print([n for n, _ in model.named_parameters()])
print(all(p.grad is None for p in model.parameters()))
model(torch.ones(2, 3)).sum().backward()
print([tuple(p.grad.shape) for p in model.parameters()])
model.zero_grad()
print([p.grad for p in model.parameters()])
