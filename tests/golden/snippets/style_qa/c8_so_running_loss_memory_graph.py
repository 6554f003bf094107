# Q: memory grows during training: `running_loss += loss` keeps the graph; use loss.item().
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
running_loss = 0.0
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    running_loss += loss
print(type(running_loss), running_loss.requires_grad, running_loss.grad_fn)
print(running_loss)
running_loss = 0.0
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    running_loss += loss.item()
print(type(running_loss), round(running_loss, 5))
print(f"avg loss: {running_loss / 3:.4f}")
losses = [nn.functional.mse_loss(model(x), y).detach() for _ in range(2)]
print(losses, torch.stack(losses).mean())
