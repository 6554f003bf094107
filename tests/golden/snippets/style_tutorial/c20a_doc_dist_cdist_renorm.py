# torch.dist, cdist with p, renorm, vander
import torch

torch.manual_seed(0)
x = torch.randn(4)
y = torch.zeros(4)
print(torch.dist(x, y, 3.5), torch.dist(x, y, 0), torch.dist(x, y, float('inf')))
a = torch.tensor([[0.9041, 0.0196], [-0.3108, -2.4423], [-0.4821, 1.059]])
b = torch.tensor([[-2.1763, -0.4713], [-0.6986, 1.3702]])
print(torch.cdist(a, b, p=2))
print(torch.cdist(a, b, p=1))
m = torch.ones(3, 3)
m[1].fill_(2)
m[2].fill_(3)
print(torch.renorm(m, 1, 0, 5))
print(torch.vander(torch.tensor([1, 2, 3, 5])))
print(torch.vander(torch.tensor([1, 2, 3]), N=2, increasing=True))
