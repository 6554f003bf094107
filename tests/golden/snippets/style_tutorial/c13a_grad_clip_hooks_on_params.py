# Clipping gradients with tensor hooks registered on each parameter, compared with clip_grad_value_.
import torch
import torch.nn as nn

torch.manual_seed(34)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
x, y = torch.randn(16, 4) * 5, torch.randn(16, 1) * 5
handles = [p.register_hook(lambda g: g.clamp(-0.5, 0.5)) for p in model.parameters()]
nn.functional.mse_loss(model(x), y).backward()
hooked = [p.grad.clone() for p in model.parameters()]
for h in handles:
    h.remove()
model.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
raw_max = max(p.grad.abs().max().item() for p in model.parameters())
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.5)
clipped = [p.grad for p in model.parameters()]
print(raw_max > 0.5)
print([torch.equal(a, b) for a, b in zip(hooked, clipped)])
print([round(g.abs().max().item(), 4) for g in clipped])
model.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total > 1.0, total.dtype)
print(torch.linalg.vector_norm(torch.stack([p.grad.norm() for p in model.parameters()])).item() <= 1.0 + 1e-6)
