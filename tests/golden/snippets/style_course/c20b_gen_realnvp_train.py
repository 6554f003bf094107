# training a two-coupling RealNVP on a 2-D Gaussian, raw NLL values
import math
import torch
import torch.nn as nn

torch.manual_seed(114)
nets = nn.ModuleList([nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 2)) for _ in range(2)])
opt = torch.optim.Adam(nets.parameters(), lr=1e-2)
data = torch.randn(128, 2) @ torch.tensor([[1.0, 0.6], [0.0, 0.8]])
for step in range(4):
    x, logdet = data, torch.zeros(128)
    for i, net in enumerate(nets):
        a, b = (x[:, :1], x[:, 1:]) if i % 2 == 0 else (x[:, 1:], x[:, :1])
        s, t = net(a).chunk(2, 1)
        b = b * s.exp() + t
        logdet = logdet + s.squeeze(1)
        x = torch.cat([a, b], 1) if i % 2 == 0 else torch.cat([b, a], 1)
    nll = -(-0.5 * (x ** 2).sum(1) - math.log(2 * math.pi) + logdet).mean()
    opt.zero_grad(); nll.backward(); opt.step()
    print(step, nll.item())
