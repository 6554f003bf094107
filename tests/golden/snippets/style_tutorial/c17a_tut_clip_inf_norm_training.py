# Clip gradients by their largest entry (norm_type=inf) inside the training loop
import torch
from torch import nn

torch.manual_seed(13)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 4) * 5, torch.randn(16, 1) * 10
for step in range(4):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5, norm_type=float("inf"))
    biggest = max(p.grad.abs().max().item() for p in model.parameters())
    opt.step()
    print(f"step {step} loss {loss.item():.3f} inf-norm before {norm.item():.3f} after {biggest:.3f}")
