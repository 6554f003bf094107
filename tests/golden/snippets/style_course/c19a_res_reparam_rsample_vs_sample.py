# policy-gradient vs pathwise estimator: sample() has no graph, rsample() does
import torch
from torch.distributions import Normal
torch.manual_seed(34)
mean = torch.tensor(0.3, requires_grad=True)
std = torch.tensor(0.8, requires_grad=True)
pi = Normal(mean, std)
a = pi.sample((4,))
print(a.requires_grad, a.grad_fn)
reward = -(a - 1.0) ** 2
score_loss = -(pi.log_prob(a) * reward).mean()
score_loss.backward()
print(mean.grad.item(), std.grad.item())
mean.grad = std.grad = None
b = pi.rsample((4,))
(-(-(b - 1.0) ** 2).mean()).backward()
print(b.grad_fn.name(), mean.grad.item(), std.grad.item())
