# MCMC chapter: Gibbs sampling of a bivariate normal with correlation rho, compared with its exact moments.
import torch

torch.manual_seed(105)
rho = 0.8
sd = (1 - rho ** 2) ** 0.5
x, y = torch.tensor(3.0), torch.tensor(-3.0)
chain = []
for t in range(3000):
    x = rho * y + sd * torch.randn(())
    y = rho * x + sd * torch.randn(())
    chain.append(torch.stack([x, y]))
s = torch.stack(chain)
print(s[:3])
kept = s[200:]
print(kept.mean(0))
print(torch.cov(kept.T))
print(torch.corrcoef(kept.T)[0, 1])
lag1 = torch.corrcoef(torch.stack([kept[:-1, 0], kept[1:, 0]]))[0, 1]
print(lag1, rho ** 2)
exact = torch.distributions.MultivariateNormal(torch.zeros(2), torch.tensor([[1.0, rho], [rho, 1.0]]))
print(exact.log_prob(kept[:3]))
