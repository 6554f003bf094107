"""Clipping gradients by value instead of by norm."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
loss = (model(torch.randn(4, 3) * 10) ** 2).sum()
loss.backward()
print("before:", model.weight.grad)
nn.utils.clip_grad_value_(model.parameters(), clip_value=1.0)
print("after: ", model.weight.grad)
print("bias:  ", model.bias.grad)
