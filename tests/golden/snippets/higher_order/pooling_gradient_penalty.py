# Gradient penalties through CNNs with pooling: the input gradient taken with create_graph is
# differentiated again for the input and every parameter (float64).
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
for pool in [nn.MaxPool2d(2), nn.AvgPool2d(2), nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True), nn.AdaptiveAvgPool2d(3), nn.AdaptiveMaxPool2d(3), nn.MaxPool2d(3, 2, 1)]:
    net = nn.Sequential(nn.Conv2d(1, 3, 3, padding=1), nn.Tanh(), pool, nn.Flatten(), nn.LazyLinear(1)).double()
    x = torch.randn(2, 1, 7, 7, dtype=torch.float64, requires_grad=True)
    net(x)
    g, = torch.autograd.grad(net(x).sum(), x, create_graph=True)
    gp = ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
    hs = torch.autograd.grad(gp, [x] + list(net.parameters()), allow_unused=True)
    print(pool, type(g.grad_fn).__name__, round(gp.item(), 10), [None if h is None else round(h.pow(2).sum().item(), 9) for h in hs])
x = torch.randn(1, 2, 6, 6, requires_grad=True)
print(F.local_response_norm(x, 2).sum())
g, = torch.autograd.grad(F.local_response_norm(x, 2).pow(2).sum(), x, create_graph=True)
print(torch.autograd.grad(g.pow(2).sum(), x)[0].abs().sum())
