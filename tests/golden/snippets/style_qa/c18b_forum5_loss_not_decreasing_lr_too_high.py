# Q: loss goes to inf/nan after a few steps
import torch

x = torch.linspace(0, 10, 20).unsqueeze(1)
y = 3 * x
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for step in range(6):
    opt.zero_grad()
    loss = ((x * w - y) ** 2).mean()
    loss.backward()
    opt.step()
    print(step, loss.item(), w.item())
