import torch
from torch.distributions import Poisson, NegativeBinomial, StudentT, LogNormal

counts = torch.tensor([0.0, 2.0, 5.0])
rate = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
nll = -Poisson(rate).log_prob(counts).sum()
nll.backward()
print(f"{nll.item():.5f}", rate.grad)
nb = NegativeBinomial(total_count=torch.tensor(3.0), probs=torch.tensor(0.4))
print(nb.mean, nb.variance, nb.log_prob(torch.tensor(2.0)))
print(StudentT(df=4.0).log_prob(torch.tensor([0.0, 2.0])))
print(LogNormal(0.0, 0.5).mean)
