# Bernoulli entropy as a function of p peaks at p = 0.5 with value log 2
import torch
from torch.distributions import Bernoulli

ps = torch.linspace(0.1, 0.9, 5)
H = Bernoulli(probs=ps).entropy()
print(H)
manual = -(ps * ps.log() + (1 - ps) * (1 - ps).log())
print(torch.allclose(H, manual))
print(H.argmax().item(), torch.log(torch.tensor(2.0)))
b = Bernoulli(logits=torch.tensor([0.0, 2.0]))
print(b.probs, b.log_prob(torch.tensor([1.0, 0.0])))
