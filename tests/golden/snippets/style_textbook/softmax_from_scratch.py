# softmax by hand: rows of positive numbers that sum to 1.
import torch

def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition

torch.manual_seed(7)
X = torch.normal(0, 1, (2, 5))
X_prob = softmax(X)
print(X_prob, X_prob.sum(1))
print(torch.softmax(X, dim=1))
print(torch.allclose(X_prob, torch.softmax(X, dim=1)))
