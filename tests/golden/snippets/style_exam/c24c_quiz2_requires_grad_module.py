# Quiz B31: freezing part of a model
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
model[0].requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
out = model(torch.ones(1, 2)).sum()
out.backward()
print([p.grad is None for p in model.parameters()])
trainable = [n for n, p in model.named_parameters() if p.requires_grad]
print(trainable)
