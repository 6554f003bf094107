# Building cross entropy from the foundations: log_softmax by hand, the logsumexp trick, nll by indexing.
import torch
import torch.nn.functional as F

torch.manual_seed(5)
pred = torch.randn(6, 10) * 3
y_train = torch.tensor([5, 0, 4, 1, 9, 2])

def log_softmax_naive(x):
    return (x.exp() / (x.exp().sum(-1, keepdim=True))).log()

def log_softmax_sub(x):
    return x - x.exp().sum(-1, keepdim=True).log()

def logsumexp(x):
    m = x.max(-1)[0]
    return m + (x - m[:, None]).exp().sum(-1).log()

def log_softmax(x):
    return x - x.logsumexp(-1, keepdim=True)

sm_pred = log_softmax(pred)
print(sm_pred[0])
print(torch.allclose(log_softmax_naive(pred), sm_pred, atol=1e-6), torch.allclose(log_softmax_sub(pred), sm_pred, atol=1e-6))
print(torch.allclose(logsumexp(pred), pred.logsumexp(-1)))
print(sm_pred[[0, 1, 2], y_train[:3]])

def nll(input, target):
    return -input[range(target.shape[0]), target].mean()

loss = nll(sm_pred, y_train)
print(loss)
print(F.nll_loss(F.log_softmax(pred, -1), y_train), F.cross_entropy(pred, y_train))
big = torch.tensor([[1000., 1001., 1002.]])
print(log_softmax_naive(big), log_softmax(big))
