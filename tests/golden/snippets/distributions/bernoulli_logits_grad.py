import torch
from torch.distributions import Bernoulli

torch.manual_seed(3)
logits = torch.tensor([0.2, -1.5, 3.0], requires_grad=True)
b = Bernoulli(logits=logits)
print(b, b.probs)
actions = b.sample()
print(actions)
log_p = b.log_prob(actions)
print(log_p, log_p.grad_fn)
(-log_p.sum()).backward()
print(logits.grad)
try:
    Bernoulli(torch.tensor([1.5]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    Bernoulli()
except ValueError as e:
    print(type(e).__name__, e)
