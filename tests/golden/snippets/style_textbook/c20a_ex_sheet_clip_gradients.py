# Exercise: clip gradients by norm and by value
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
loss = (model(torch.randn(3, 4) * 10) ** 2).sum()
loss.backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters())))
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.1)
print(model.weight.grad)
