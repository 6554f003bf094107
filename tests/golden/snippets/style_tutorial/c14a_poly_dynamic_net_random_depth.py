# Examples, dynamic nets: a polynomial module that adds its top coefficient a random 0-2 extra times per call.
import math
import random
import torch


class RandomDepthPoly(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.coef = torch.nn.Parameter(torch.randn(4))
        self.extra = torch.nn.Parameter(torch.randn(()))

    def forward(self, t):
        out = sum(c * t ** k for k, c in enumerate(self.coef))
        for power in range(4, 4 + random.randint(0, 2)):
            out = out + self.extra * t ** power
        return out


random.seed(1406)
torch.manual_seed(1406)
grid = torch.linspace(-1.2, 1.2, 500)
wave = torch.sin(2 * grid)
poly = RandomDepthPoly()
opt = torch.optim.SGD(poly.parameters(), lr=2e-5, momentum=0.9)
for it in range(300):
    sse = (poly(grid) - wave).pow(2).sum()
    if it % 100 == 99:
        print(it, sse.item())
    opt.zero_grad()
    sse.backward()
    opt.step()
print(poly.coef.data, poly.extra.item())
