# Gaussian naive Bayes from scratch: per-class means/variances, log-likelihoods, log priors, argmax.
import math
import torch

torch.manual_seed(42)
X0 = torch.randn(40, 3) * torch.tensor([1.0, 0.5, 2.0]) + torch.tensor([0.0, 1.0, -1.0])
X1 = torch.randn(60, 3) * torch.tensor([0.7, 1.5, 1.0]) + torch.tensor([2.0, -1.0, 1.0])
X = torch.cat([X0, X1])
y = torch.cat([torch.zeros(40, dtype=torch.long), torch.ones(60, dtype=torch.long)])
classes = y.unique()
means = torch.stack([X[y == c].mean(0) for c in classes])
vars_ = torch.stack([X[y == c].var(0, unbiased=False) for c in classes]) + 1e-9
priors = torch.bincount(y).float() / len(y)
print(means)
print(vars_)
print(priors)

def log_likelihood(x):
    ll = -0.5 * (torch.log(2 * math.pi * vars_) + (x[:, None, :] - means) ** 2 / vars_)
    return ll.sum(-1) + priors.log()

scores = log_likelihood(X)
pred = scores.argmax(1)
print(scores[:3])
print("train accuracy", (pred == y).float().mean().item())
post = torch.softmax(scores, dim=1)
print(post[[0, 50, 99]])
print(torch.logsumexp(scores, dim=1)[:4])
