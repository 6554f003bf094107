# Generative classifiers chapter: Gaussian naive Bayes from class means and variances, log posteriors.
import math
import torch

torch.manual_seed(114)
X0 = torch.randn(30, 2) * torch.tensor([1.0, 0.5]) + torch.tensor([-1.0, 0.0])
X1 = torch.randn(20, 2) * torch.tensor([0.7, 1.2]) + torch.tensor([1.5, 1.0])
X = torch.cat([X0, X1])
y = torch.cat([torch.zeros(30), torch.ones(20)]).long()
priors = torch.bincount(y).float() / len(y)
means = torch.stack([X[y == c].mean(0) for c in range(2)])
vars_ = torch.stack([X[y == c].var(0, unbiased=False) for c in range(2)])
print(priors, means, vars_, sep="\n")

def log_joint(x):
    ll = -0.5 * (((x[:, None, :] - means) ** 2) / vars_ + torch.log(2 * math.pi * vars_)).sum(-1)
    return ll + priors.log()

lj = log_joint(X)
post = torch.softmax(lj, dim=1)
print(post[:3])
print((lj.argmax(1) == y).float().mean())
print(log_joint(torch.tensor([[0.0, 0.0], [2.0, 2.0]])).argmax(1))
print(torch.logsumexp(lj, 1)[:3])
