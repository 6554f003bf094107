import torch
from torch.distributions import Categorical

torch.manual_seed(13)
logits = torch.randn(4, 3)
d = Categorical(logits=logits)
a = d.sample()
print(a, a.shape)
print(d.log_prob(a))
print(d.probs.sum(-1))
print(d.batch_shape)
try:
    d.log_prob(torch.tensor([0, 1]))
except Exception as e:
    print(type(e).__name__)
