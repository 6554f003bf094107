# A state where every action is masked: the policy breaks with nan
import torch
from torch.distributions import Categorical

logits = torch.tensor([[1.0, 2.0], [0.5, 0.1]])
mask = torch.tensor([[True, True], [False, False]])
masked = logits.masked_fill(~mask, float('-inf'))
print(torch.softmax(masked, -1))
try:
    Categorical(logits=masked)
except ValueError as e:
    print(type(e).__name__, str(e).split(':')[0])
safe = logits.masked_fill(~mask, -1e9)
print(Categorical(logits=safe).probs)
