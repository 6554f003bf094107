# maximum likelihood of a 2-D Gaussian via MultivariateNormal with scale_tril
import torch
from torch.distributions import MultivariateNormal
torch.manual_seed(88)
data = torch.randn(50, 2) @ torch.tensor([[1.0, 0.0], [0.8, 0.5]]) + torch.tensor([1.0, -1.0])
mu = torch.zeros(2, requires_grad=True)
raw = torch.zeros(3, requires_grad=True)
opt = torch.optim.Adam([mu, raw], lr=0.1)
for it in range(100):
    L = torch.zeros(2, 2)
    L = L.index_put((torch.tensor([0, 1, 1]), torch.tensor([0, 0, 1])), torch.stack([raw[0].exp(), raw[1], raw[2].exp()]))
    nll = -MultivariateNormal(mu, scale_tril=L).log_prob(data).mean()
    opt.zero_grad(); nll.backward(); opt.step()
print(nll.item())
print(mu.detach())
print((L @ L.T).detach())
