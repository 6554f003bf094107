# fast.ai part 2: log_softmax with the LogSumExp trick, nll by integer array indexing, and F.cross_entropy.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.randn(4, 10) * 3
y_train = torch.tensor([5, 0, 4, 1])

def log_softmax(x):
    return (x.exp() / (x.exp().sum(-1, keepdim=True))).log()

def logsumexp(x):
    m = x.max(-1)[0]
    return m + (x - m[:, None]).exp().sum(-1).log()

def log_softmax2(x):
    return x - x.logsumexp(-1, keepdim=True)

def nll(input, target):
    return -input[range(target.shape[0]), target].mean()

sm_pred = log_softmax(pred)
print(sm_pred[[0, 1, 2], y_train[:3]])
loss = nll(sm_pred, y_train)
print(loss)
print(torch.allclose(logsumexp(pred), pred.logsumexp(-1)))
print(torch.allclose(nll(log_softmax2(pred), y_train), loss))
print(torch.allclose(F.nll_loss(F.log_softmax(pred, -1), y_train), loss))
print(torch.allclose(F.cross_entropy(pred, y_train), loss))
print(F.cross_entropy(pred, y_train))
