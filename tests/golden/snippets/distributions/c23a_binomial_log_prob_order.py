# Binomial.log_prob at full precision: float32 rounds each subtraction, in PyTorch's order
import torch
from torch.distributions import Binomial

b = Binomial(30, logits=torch.zeros(()))
k = torch.arange(0.0, 31.0)
print(b.log_prob(k).tolist())
b2 = Binomial(torch.tensor([5.0, 45.0]), logits=torch.zeros(2))
print(b2.log_prob(torch.tensor([[2.0, 20.0], [5.0, 33.0]])).tolist())
