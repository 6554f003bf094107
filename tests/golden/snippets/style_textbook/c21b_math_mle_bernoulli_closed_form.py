# MLE for a coin: the gradient of the log-likelihood vanishes at the sample mean
import torch

flips = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0])
p_hat = flips.mean()
p = p_hat.clone().requires_grad_()
loglik = (flips * torch.log(p) + (1 - flips) * torch.log(1 - p)).sum()
loglik.backward()
print(p_hat, loglik)
print(p.grad)
q = torch.tensor(0.5, requires_grad=True)
(flips * q.log() + (1 - flips) * (1 - q).log()).sum().backward()
print(q.grad)
