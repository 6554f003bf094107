# d2l parameter initialization: constant init makes hidden units identical (symmetry), random init breaks it.
import torch
from torch import nn

def make(init):
    net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
    for m in net:
        if isinstance(m, nn.Linear):
            init(m)
    return net

def const(m):
    nn.init.constant_(m.weight, 0.3)
    nn.init.zeros_(m.bias)

def rand(m):
    nn.init.normal_(m.weight, mean=0, std=0.5)
    nn.init.zeros_(m.bias)

torch.manual_seed(34)
X = torch.randn(10, 3)
y = torch.randint(0, 2, (10,))
for name, init in (("constant", const), ("normal", rand)):
    net = make(init)
    opt = torch.optim.SGD(net.parameters(), lr=0.5)
    for _ in range(5):
        opt.zero_grad()
        nn.functional.cross_entropy(net(X), y).backward()
        opt.step()
    W = net[0].weight.detach()
    print(name, W)
    print((W - W[0]).abs().max().item(), net[0].weight.grad.std(dim=0))
