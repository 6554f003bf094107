# KL between two categorical policies (trust-region check)
import torch
from torch.distributions import Categorical, kl_divergence

torch.manual_seed(141)
old = Categorical(logits=torch.randn(3, 4))
new_logits = torch.randn(3, 4, requires_grad=True)
new = Categorical(logits=new_logits)
kl = kl_divergence(old, new)
manual = (old.probs * (old.logits - new.logits)).sum(-1)
print(kl)
print(torch.allclose(kl, manual, atol=1e-6))
kl.mean().backward()
print(new_logits.grad)
