# Model selection chapter: polynomial features scaled by 1/i!, a bias-free nn.Linear fit of degree 3 vs 8.
import math
import torch
from torch import nn

torch.manual_seed(8)
max_degree = 8
true_w = torch.zeros(max_degree)
true_w[:4] = torch.tensor([4.0, 1.5, -2.5, 3.0])
x = torch.randn(40, 1)
poly = torch.pow(x, torch.arange(max_degree).reshape(1, -1))
for i in range(max_degree):
    poly[:, i] /= math.gamma(i + 1)
labels = poly @ true_w + 0.1 * torch.randn(40)
print(poly[:2], labels[:2])
for degree in (4, 8):
    net = nn.Linear(degree, 1, bias=False)
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for epoch in range(200):
        opt.zero_grad()
        loss = nn.MSELoss()(net(poly[:, :degree]), labels.reshape(-1, 1))
        loss.backward()
        opt.step()
    print(degree, loss.item(), net.weight.data.numpy())
