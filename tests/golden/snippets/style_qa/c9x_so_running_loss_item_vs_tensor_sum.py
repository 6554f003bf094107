# Q: my epoch loss prints as tensor(..., grad_fn=<AddBackward0>) and memory grows: accumulate loss.item().
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
data = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(5)]
running = 0
for xb, yb in data:
    loss = nn.functional.mse_loss(model(xb), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()
    running += loss
print(running)
print(type(running).__name__, running.grad_fn.name() if running.grad_fn else None)
running = 0.0
for xb, yb in data:
    loss = nn.functional.mse_loss(model(xb), yb)
    running += loss.item()
print(type(running).__name__, round(running / len(data), 6))
print(f"avg loss {running / len(data):.4f}")
losses = [nn.functional.mse_loss(model(xb), yb).detach() for xb, yb in data]
print(torch.stack(losses).mean())
print(torch.tensor(losses).shape, sum(losses))
