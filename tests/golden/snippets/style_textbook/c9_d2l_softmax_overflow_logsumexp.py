# Numerical stability of softmax: naive exp overflows, subtracting the max or logsumexp does not.
import torch

def naive_softmax(X):
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(1, keepdim=True)

def stable_softmax(X):
    X = X - X.max(dim=1, keepdim=True).values
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(1, keepdim=True)

X = torch.tensor([[1.0, 2.0, 3.0], [100.0, 101.0, 102.0], [-1000.0, 0.0, 1000.0]])
print(naive_softmax(X))
print(stable_softmax(X))
print(torch.softmax(X, dim=1))
print(torch.logsumexp(X, dim=1))
print(torch.log(torch.exp(X).sum(1)))
y = torch.tensor([2, 0, 1])
log_p = X - torch.logsumexp(X, dim=1, keepdim=True)
print(-log_p[range(3), y])
print(torch.nn.functional.cross_entropy(X, y, reduction="none"))
print(torch.log(naive_softmax(X))[range(3), y])
half = X.half()
print(torch.exp(half))
print(torch.finfo(torch.float32).max, torch.finfo(torch.float16).max)
