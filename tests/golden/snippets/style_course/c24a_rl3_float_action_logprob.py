# Actions stored as floats in the buffer, then fed back to log_prob
import torch
from torch.distributions import Categorical

d = Categorical(logits=torch.tensor([[0.0, 1.0, 2.0], [1.0, 1.0, 1.0]]))
acts = torch.tensor([2.0, 0.0])
print(d.log_prob(acts))
try:
    d.log_prob(torch.tensor([1.5, 0.0]))
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0][:70])
print(d.log_prob(acts.long()))
print(d.log_prob(torch.tensor([[0], [1], [2]])).shape)
