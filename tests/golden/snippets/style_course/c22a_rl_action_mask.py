import torch
from torch.distributions import Categorical

logits = torch.tensor([1.0, 2.0, 3.0, 0.5])
mask = torch.tensor([True, False, True, True])
masked = logits.masked_fill(~mask, float('-inf'))
print(masked)
d = Categorical(logits=masked)
print(d.probs)
print(d.entropy())
torch.manual_seed(0)
print(d.sample((8,)))
