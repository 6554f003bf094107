import torch
from torch import nn
from torch.nn.utils import parametrizations as P
torch.manual_seed(0)
for dim in (0, 1, None):
    lin = P.weight_norm(nn.Linear(20, 9), dim=dim)
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    x = torch.randn(16, 20)
    for step in range(3):
        opt.zero_grad()
        loss = lin(x).tanh().pow(2).mean()
        loss.backward()
        opt.step()
        print(dim, step, loss.item(), lin.parametrizations.weight.original0.flatten()[:3].tolist())
    print(type(lin.weight.grad_fn).__name__)
conv = P.weight_norm(nn.Conv2d(3, 4, 3))
y = conv(torch.randn(2, 3, 5, 5)).sum()
g, = torch.autograd.grad(y, conv.parametrizations.weight.original1, create_graph=True)
print(g.sum().item())
