# fast.ai part 2: log_softmax via logsumexp by hand, nll via integer indexing, vs F.cross_entropy, on batches.
import torch
import torch.nn.functional as F

torch.manual_seed(42)
pred = torch.randn(6, 10) * 3
targ = torch.tensor([5, 0, 4, 1, 9, 2])

def log_softmax(x):
    return x - x.exp().sum(-1, keepdim=True).log()

def log_softmax2(x):
    return x - x.logsumexp(-1, keepdim=True)

def nll(inp, t):
    return -inp[range(t.shape[0]), t].mean()

print(nll(log_softmax(pred), targ))
print(nll(log_softmax2(pred), targ))
print(F.nll_loss(F.log_softmax(pred, -1), targ))
print(F.cross_entropy(pred, targ))
m = pred.max(-1)[0]
print((m + (pred - m[:, None]).exp().sum(-1).log() - pred.logsumexp(-1)).abs().max() < 1e-6)
def accuracy(out, yb):
    return (out.argmax(dim=1) == yb).float().mean()
print(accuracy(pred, targ))
big = pred * 100
print(nll(log_softmax(big), targ), nll(log_softmax2(big), targ))
