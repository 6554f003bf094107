# Q: my loss goes down then explodes / oscillates. A: gradients accumulate because zero_grad() is missing.
import torch
import torch.nn as nn


def train(zero_grad, steps=8):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x = torch.randn(32, 3)
    y = x @ torch.tensor([[1.0], [2.0], [-1.0]])
    losses = []
    for _ in range(steps):
        if zero_grad:
            opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
        losses.append(round(loss.item(), 4))
    return losses, model.weight.grad.norm().item()


with_zg, g1 = train(True)
without_zg, g2 = train(False)
print("with zero_grad   ", with_zg)
print("without zero_grad", without_zg)
print(g2 > g1)
w = torch.tensor([1.0], requires_grad=True)
for i in range(3):
    (w * 2).sum().backward()
    print(i, w.grad)
