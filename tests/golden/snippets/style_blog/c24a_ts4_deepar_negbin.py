# DeepAR-style count likelihood: negative binomial log-prob
import torch
from torch.distributions import NegativeBinomial, StudentT, LogNormal

nb = NegativeBinomial(total_count=torch.tensor([2.0, 5.0]), logits=torch.tensor([0.0, 1.0]))
print(nb)
print(nb.mean, nb.variance)
print(nb.log_prob(torch.tensor([1.0, 7.0])))
t = StudentT(df=torch.tensor(3.0), loc=torch.tensor(0.0), scale=torch.tensor(2.0))
print(t.log_prob(torch.tensor([0.0, 5.0])))
ln = LogNormal(torch.tensor(0.0), torch.tensor(0.5))
print(ln.mean, ln.log_prob(torch.tensor(1.0)))
