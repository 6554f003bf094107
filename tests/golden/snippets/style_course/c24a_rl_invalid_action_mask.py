# Masking illegal moves before building the policy
import torch
from torch.distributions import Categorical

scores = torch.tensor([[0.5, 1.0, 0.2, -0.3], [1.0, 1.0, 1.0, 1.0]])
allowed = torch.tensor([[True, False, True, True], [False, False, True, False]])
neg = torch.finfo(scores.dtype).min
by_min = scores.masked_fill(allowed.logical_not(), neg)
by_inf = torch.where(allowed, scores, torch.tensor(float('-inf')))
print(by_inf)
for lg in (by_min, by_inf):
    pi = Categorical(logits=lg)
    print(pi.probs)
    print(pi.entropy())
print(Categorical(logits=by_inf).logits)
