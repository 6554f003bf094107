import torch
from torch.distributions import Categorical

c = Categorical(probs=torch.tensor([[2.0, 2.0], [1.0, 3.0]]))
print(c.probs)
for bad in [torch.tensor(2), torch.tensor([0.5, 1.0])]:
    try:
        c.log_prob(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Categorical(torch.tensor(0.5))
except ValueError as e:
    print(type(e).__name__, e)
try:
    Categorical(torch.tensor([0.5, -0.5]))
except ValueError as e:
    print(type(e).__name__, e)
print(c.enumerate_support())
