"""Train a tiny model and draw the loss curve with text bars."""
import torch

torch.manual_seed(2)
x = torch.linspace(0, 1, 16).unsqueeze(1)
y = 2 * x - 1
w = torch.zeros(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.5)
history = []
for epoch in range(8):
    opt.zero_grad()
    loss = torch.mean((x @ w + b - y) ** 2)
    loss.backward()
    opt.step()
    history.append(loss.item())
for i, value in enumerate(history):
    print(f"{i:2d} {value:8.5f} " + "#" * int(value * 40))
