import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(32)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
outer = torch.optim.Adam(net.parameters(), lr=0.01)
def task(phase):
    x = torch.linspace(-2, 2, 10).unsqueeze(1)
    return x, torch.sin(x + phase)
for it in range(3):
    outer.zero_grad()
    meta = 0.0
    for phase in (0.0, 1.0):
        x, y = task(phase)
        p = dict(net.named_parameters())
        for _ in range(2):
            l = ((functional_call(net, p, (x,)) - y) ** 2).mean()
            gs = torch.autograd.grad(l, p.values(), create_graph=True)
            p = {k: v - 0.05 * g for (k, v), g in zip(p.items(), gs)}
        meta = meta + ((functional_call(net, p, (x,)) - y) ** 2).mean()
    meta.backward()
    outer.step()
    print(it, f"{meta.item():.3f}")
