# Polynomial features scaled by 1/i! (via lgamma), then fitting degree 3 versus degree 20
import torch
from torch import nn

torch.manual_seed(0)
max_degree, n = 20, 100
true_w = torch.zeros(max_degree)
true_w[:4] = torch.tensor([5, 1.2, -3.4, 5.6])
x = torch.randn(n, 1)
powers = torch.arange(max_degree)
poly = x ** powers / torch.exp(torch.lgamma(powers + 1.0))
y = poly @ true_w + 0.1 * torch.randn(n)
for degree in (4, 20):
    net = nn.Linear(degree, 1, bias=False)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    for _ in range(400):
        opt.zero_grad(); l = ((net(poly[:50, :degree]).squeeze(1) - y[:50]) ** 2).mean(); l.backward(); opt.step()
    test = ((net(poly[50:, :degree]).squeeze(1) - y[50:]) ** 2).mean()
    print(f"degree {degree}: train {l.item():.4f} test {test.item():.4f}")
    print(net.weight.data[0, :4])
