# log_softmax from scratch: naive log(softmax) gives -inf, the shifted form does not
import torch
import torch.nn.functional as F

def log_softmax_naive(X):
    return torch.log(torch.softmax(X, dim=-1))

def log_softmax_shifted(X):
    m = X.max(dim=-1, keepdim=True).values
    return X - m - torch.log(torch.exp(X - m).sum(dim=-1, keepdim=True))

X = torch.tensor([[0.0, 50.0, 200.0], [1.0, 2.0, 3.0]])
print(log_softmax_naive(X))
print(log_softmax_shifted(X))
print(F.log_softmax(X, dim=-1))
print(torch.allclose(log_softmax_shifted(X), F.log_softmax(X, dim=-1)))
