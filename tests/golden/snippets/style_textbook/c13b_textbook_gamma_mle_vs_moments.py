# Statistics chapter: Gamma distribution fitted by maximum likelihood (Adam on log-parameters) vs method of moments.
import torch
from torch.distributions import Gamma

torch.manual_seed(18)
sample = Gamma(torch.tensor(3.0), torch.tensor(2.0)).sample((400,))
m, v = sample.mean(), sample.var()
print("moments:", (m ** 2 / v).item(), (m / v).item())
log_k = torch.zeros((), requires_grad=True)
log_r = torch.zeros((), requires_grad=True)
opt = torch.optim.Adam([log_k, log_r], lr=0.05)
for step in range(200):
    nll = -Gamma(log_k.exp(), log_r.exp()).log_prob(sample).mean()
    opt.zero_grad()
    nll.backward()
    opt.step()
    if step % 50 == 0:
        print(step, nll.item())
print("mle:", log_k.exp().item(), log_r.exp().item())
g = Gamma(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 0.5]))
print(g.mean, g.variance)
print(g.log_prob(torch.tensor([0.5, 0.5])))
print(torch.lgamma(torch.tensor([0.5, 1.0, 4.0])), torch.digamma(torch.tensor([1.0, 2.0])))
