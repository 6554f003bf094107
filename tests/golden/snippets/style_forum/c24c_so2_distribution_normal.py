# Q: sampling and log_prob with torch.distributions
import torch
from torch.distributions import Normal, Categorical

torch.manual_seed(3)
d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
print(d)
print(d.sample().shape, d.sample((4,)).shape, d.batch_shape, d.event_shape)
print(d.mean, d.stddev)
c = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
print(c, c.sample((6,)))
try:
    Normal(0.0, -1.0)
except ValueError as e:
    print("ValueError:", str(e)[:80])
