# Bernoulli decoder likelihood from logits: BCE-with-logits equals -Bernoulli(logits).log_prob
import torch
import torch.nn.functional as F
from torch.distributions import Bernoulli, Independent

logits = torch.tensor([[2.0, -1.0, 0.5, -3.0], [0.0, 1.5, -0.5, 2.5]])
x = torch.tensor([[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0]])
bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(-1)
lp = Independent(Bernoulli(logits=logits), 1).log_prob(x)
print(bce, -lp)
print(torch.allclose(bce, -lp))
