import torch
import torch.distributions as D

loc = torch.tensor([0.0, 1.0, -2.0], requires_grad=True)
scale = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
dist = D.Normal(loc, scale)
x = torch.tensor([0.5, 1.0, -1.0])
lp = dist.log_prob(x)
print(lp)
print(lp.grad_fn)
(-lp.sum()).backward()
print(loc.grad, scale.grad)
print(D.Normal(0.0, 1.0).log_prob(torch.tensor(0.0)))
print(D.kl_divergence(D.Normal(0.0, 1.0), D.Normal(1.0, 2.0)))
