# distributions refuse invalid parameters (negative scale, probs > 1)
import torch
from torch.distributions import Bernoulli, Normal

for make in (lambda: Normal(0.0, -1.0), lambda: Bernoulli(probs=torch.tensor([0.2, 1.5])),
             lambda: Normal(torch.zeros(2), torch.ones(3))):
    try:
        print(make())
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, str(e)[:160])
n = Normal(0.0, 1.0, validate_args=False)
print(n.scale)
