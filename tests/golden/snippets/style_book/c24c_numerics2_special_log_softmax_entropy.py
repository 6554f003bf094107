# Section 7.8: entropy of a categorical distribution, three ways
import torch
from torch.distributions import Categorical

logits = torch.tensor([1.0, 2.0, 3.0])
p = torch.special.softmax(logits, 0)
lp = torch.special.log_softmax(logits, 0)
print(round((-(p * lp).sum()).item(), 5))
print(round(torch.special.entr(p).sum().item(), 5))
print(round(Categorical(logits=logits).entropy().item(), 5))
print(torch.special.logsumexp(logits, 0).round(decimals=4))
