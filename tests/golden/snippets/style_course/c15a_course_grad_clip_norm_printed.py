# Course notebook: printing the total grad norm that clip_grad_norm_ returns, before and after clipping
import torch
import torch.nn as nn

torch.manual_seed(8)
model = nn.Sequential(nn.Linear(5, 5), nn.ReLU(), nn.Linear(5, 1))
x, y = torch.randn(16, 5) * 10, torch.randn(16, 1)
loss = ((model(x) - y) ** 2).mean()
loss.backward()
norm = nn.utils.clip_grad_norm_(model.parameters(), 1.0)
print(f"loss {loss.item():.6f} | norm: {norm:.4f}")
print(norm)
after = torch.norm(torch.stack([p.grad.norm(2) for p in model.parameters()]), 2)
print(after, after.item() <= 1.0 + 1e-6)
print(nn.utils.clip_grad_value_(model.parameters(), 0.05), model[0].bias.grad)
print(nn.utils.get_total_norm([p.grad for p in model.parameters()], norm_type=float("inf")))
