# A residual MLP: blocks computing x + f(x) with LayerNorm, stacked, compared with a plain MLP's gradients.
import torch
from torch import nn

class ResidualBlock(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))

    def forward(self, x):
        return x + self.ff(self.norm(x))

torch.manual_seed(0)
depth, dim = 8, 16
res_net = nn.Sequential(*[ResidualBlock(dim, 32) for _ in range(depth)], nn.Linear(dim, 1))
plain = nn.Sequential(*[nn.Sequential(nn.Linear(dim, dim), nn.Sigmoid()) for _ in range(depth)], nn.Linear(dim, 1))
x = torch.randn(32, dim)
for name, net in (("residual", res_net), ("plain", plain)):
    net.zero_grad()
    net(x).pow(2).mean().backward()
    first = net[0].ff[0].weight.grad if name == "residual" else net[0][0].weight.grad
    print(f"{name}: first-layer grad norm {first.norm().item():.3e}")
print(res_net[0])
print(sum(p.numel() for p in res_net.parameters()), sum(p.numel() for p in plain.parameters()))
