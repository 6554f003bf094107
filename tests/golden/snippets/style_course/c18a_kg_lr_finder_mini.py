# A tiny learning-rate range test: loss after 10 steps for several lrs
import torch
from torch import nn

X = torch.linspace(-1, 1, 50).unsqueeze(1)
y = 3 * X - 0.5
for lr in [1e-3, 1e-2, 1e-1, 1.0, 2.5]:
    torch.manual_seed(0)
    m = nn.Linear(1, 1)
    opt = torch.optim.SGD(m.parameters(), lr=lr)
    for _ in range(10):
        opt.zero_grad()
        loss = ((m(X) - y) ** 2).mean()
        loss.backward()
        opt.step()
    print(f"lr={lr:<6} loss={loss.item():.6g}")
