# Gradient clipping by norm inside a training loop; the returned total norm.
import torch
import torch.nn as nn

torch.manual_seed(9)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x = torch.randn(10, 4) * 5
y = torch.randn(10, 1)
for i in range(3):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    norm_after = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters()))
    print(i, f"{loss.item():.4f}", f"{total.item():.4f}", f"{norm_after.item():.4f}")
    opt.step()
torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=0.1)
print(model.weight.grad.abs().max())
