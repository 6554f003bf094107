# Gradients of the entropy of a masked policy stay finite
import torch
from torch.distributions import Categorical

logits = torch.tensor([[1.0, 2.0, 0.5]], requires_grad=True)
mask = torch.tensor([[True, False, True]])
d = Categorical(logits=logits.masked_fill(~mask, float('-inf')))
ent = d.entropy().sum()
ent.backward()
print(ent)
print(logits.grad)
logits.grad = None
lp = d.log_prob(torch.tensor([2]))
lp.sum().backward()
print(lp, logits.grad)
