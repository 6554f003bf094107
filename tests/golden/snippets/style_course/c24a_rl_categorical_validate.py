# Categorical argument checks: bad probs and out-of-support actions
import torch
from torch.distributions import Categorical

d = Categorical(probs=torch.tensor([2.0, 1.0, 1.0]))
print(d.probs)
try:
    Categorical(probs=torch.tensor([0.5, -0.1, 0.6]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.log_prob(torch.tensor(3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    Categorical()
except ValueError as e:
    print(e)
try:
    Categorical(probs=torch.tensor([0.5, 0.5]), logits=torch.zeros(2))
except ValueError as e:
    print(e)
