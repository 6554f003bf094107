import torch
from torch.distributions import Normal

for scale in [torch.tensor([1.0, -1.0]), torch.tensor(0.0)]:
    try:
        Normal(torch.zeros(scale.shape), scale)
    except ValueError as e:
        print(type(e).__name__, e)
d = Normal(torch.zeros(3), torch.ones(3))
try:
    d.log_prob(torch.zeros(2))
except ValueError as e:
    print(type(e).__name__, e)
print(Normal(0.0, -1.0, validate_args=False).scale)
try:
    Normal("a", 1.0)
except ValueError as e:
    print(type(e).__name__, e)
