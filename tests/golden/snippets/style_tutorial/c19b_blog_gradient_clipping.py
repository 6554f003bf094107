# Gradient clipping explained
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(10, 1)
loss = model(torch.randn(4, 10) * 100).pow(2).mean()
loss.backward()
before = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"grad norm before clipping: {before:.2f}")
after = torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters()))
print(f"grad norm after clipping: {after:.4f}")
torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=0.01)
print(model.bias.grad)
