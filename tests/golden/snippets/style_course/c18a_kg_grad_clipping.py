# Gradient clipping by norm before the optimizer step
import torch
from torch import nn

torch.manual_seed(15)
model = nn.Linear(10, 1)
X = torch.randn(32, 10) * 50
y = torch.randn(32, 1)
loss = nn.MSELoss()(model(X), y)
loss.backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"norm before clip: {total.item():.3f}")
after = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters()))
print(f"norm after clip: {after.item():.4f}")
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.05)
print("max abs grad:", max(p.grad.abs().max().item() for p in model.parameters()))
