# KL between categorical distributions and F.kl_div's convention
import torch
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

p = torch.tensor([0.5, 0.3, 0.2])
q = torch.tensor([0.4, 0.4, 0.2])
print(kl_divergence(Categorical(probs=p), Categorical(probs=q)))
print((p * (p / q).log()).sum())
print(F.kl_div(q.log(), p, reduction="sum"))
print(kl_divergence(Categorical(probs=torch.tensor([1.0, 0.0])), Categorical(probs=torch.tensor([0.5, 0.5]))))
