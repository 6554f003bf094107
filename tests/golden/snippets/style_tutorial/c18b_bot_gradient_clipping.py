"""Gradient clipping to avoid exploding gradients."""
import torch
import torch.nn as nn

torch.manual_seed(4)
model = nn.Linear(5, 1)
x = torch.randn(8, 5) * 100  # large inputs -> large gradients
loss = model(x).pow(2).mean()
loss.backward()

before = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
print(f"norm returned by clip_grad_norm_: {total:.4f}")
print(f"before: {before:.4f}  after: {after:.4f}")
