# Probability basics: simulated die rolls with multinomial, relative frequencies converging, a Bayes table.
import torch
from torch.distributions import multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
print(multinomial.Multinomial(1, fair_probs).sample())
counts = multinomial.Multinomial(1000, fair_probs).sample()
print(counts, counts / 1000)
counts = multinomial.Multinomial(10, fair_probs).sample((500,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
print(estimates[-1])
P_D_given_H = torch.tensor([0.99, 0.01])
P_H = torch.tensor([0.0015, 0.9985])
print((P_D_given_H * P_H)[0] / (P_D_given_H * P_H).sum())
