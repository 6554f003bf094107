# Q: distribution argument validation errors
import torch
from torch.distributions import Categorical, Uniform, Normal, Bernoulli

for make in (lambda: Categorical(probs=torch.tensor([0.5, -0.1])), lambda: Uniform(1.0, 0.0),
             lambda: Bernoulli(probs=torch.tensor([1.5])), lambda: Normal(torch.tensor([0.0]), torch.tensor([0.0]))):
    try:
        print(make())
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0][:110])
u = Uniform(0.0, 2.0)
try:
    u.log_prob(torch.tensor(3.0))
except ValueError as e:
    print("ValueError:", str(e)[:100])
print(Uniform(0.0, 2.0, validate_args=False).log_prob(torch.tensor(3.0)))
