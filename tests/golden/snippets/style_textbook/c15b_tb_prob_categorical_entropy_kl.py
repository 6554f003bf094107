# Categorical distributions: entropy in nats and bits, KL divergence both ways, sampling frequencies.
import torch
from torch.distributions import Categorical, kl_divergence

p = Categorical(probs=torch.tensor([0.5, 0.25, 0.125, 0.125]))
q = Categorical(logits=torch.zeros(4))
print(p.entropy(), p.entropy() / torch.log(torch.tensor(2.0)))
print(q.probs, q.entropy())
print(kl_divergence(p, q), kl_divergence(q, p))
manual = (p.probs * (p.probs.log() - q.probs.log())).sum()
print(manual)
torch.manual_seed(18)
draws = p.sample((4000,))
print(draws.dtype, torch.bincount(draws, minlength=4) / 4000.)
print(p.log_prob(torch.tensor([0, 3])))
print(Categorical(probs=torch.tensor([[0.2, 0.8], [0.9, 0.1]])).batch_shape)
