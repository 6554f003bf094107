# log_prob of a value outside the support raises with validation on
import torch
from torch.distributions import Bernoulli, Normal

b = Bernoulli(probs=torch.tensor(0.3))
try:
    b.log_prob(torch.tensor(0.5))
except ValueError as e:
    print(str(e).split(" but ")[0][:90])
try:
    Bernoulli(probs=torch.tensor(1.5))
except ValueError as e:
    print(type(e).__name__)
print(b.log_prob(torch.tensor(1.0)))
print(Normal(0.0, 1.0).log_prob(torch.tensor(100.0)))
