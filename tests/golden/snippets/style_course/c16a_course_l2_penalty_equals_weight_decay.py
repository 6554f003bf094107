# An explicit L2 penalty in the loss gives the same SGD step as weight_decay
import torch
from torch import nn

def run(use_decay):
    torch.manual_seed(1660)
    m = nn.Linear(3, 1, bias=False)
    opt = torch.optim.SGD(m.parameters(), lr=0.1, weight_decay=0.2 if use_decay else 0.0)
    x, y = torch.randn(5, 3), torch.randn(5, 1)
    for _ in range(3):
        opt.zero_grad()
        loss = nn.functional.mse_loss(m(x), y)
        if not use_decay:
            loss = loss + 0.1 * (m.weight ** 2).sum()
        loss.backward()
        opt.step()
    return m.weight.detach()

a, b = run(True), run(False)
print(a)
print(b)
print(torch.allclose(a, b), (a - b).abs().max().item())
