import torch
from torch import nn

torch.manual_seed(14)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
names = [n for n, _ in net.named_parameters()]
print(names)
params = list(net.parameters())
x = torch.randn(4, 2)
y = torch.randn(4, 1)
def forward(ps, x):
    h = torch.relu(x @ ps[0].t() + ps[1])
    return h @ ps[2].t() + ps[3]
print(torch.allclose(forward(params, x), net(x)))
loss = ((forward(params, x) - y) ** 2).mean()
grads = torch.autograd.grad(loss, params, create_graph=True)
new = [p - 0.01 * g for p, g in zip(params, grads)]
print([t.grad_fn.name() for t in new])
print([t.is_leaf for t in new])
