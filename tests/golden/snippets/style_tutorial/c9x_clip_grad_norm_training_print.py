# Training with gradient clipping; the returned total norm is printed every step.
import torch
import torch.nn as nn

torch.manual_seed(4)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x = torch.randn(32, 4) * 5
y = torch.randn(32, 1) * 10
for step in range(6):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    after = torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters()))
    opt.step()
    print(f"step {step} loss {loss.item():.4f} norm before {norm.item():.4f} after {after.item():.4f}")
print(type(norm), norm.dtype)
v = nn.utils.clip_grad_value_(model.parameters(), clip_value=0.01)
print(v)
print(max(p.grad.abs().max().item() for p in model.parameters()))
