# "What is torch.nn really": a from-scratch linear classifier, trained by hand, then via F.cross_entropy
import math
import torch
import torch.nn.functional as F

torch.manual_seed(80)
X = torch.rand(60, 12)
Y = torch.randint(0, 4, (60,))
W = (torch.randn(12, 4) / math.sqrt(12)).requires_grad_()
bvec = torch.zeros(4, requires_grad=True)

def log_probs(inp):
    z = inp @ W + bvec
    return z - z.logsumexp(-1, keepdim=True)

def neg_log_lik(lp, target):
    return -lp[torch.arange(len(target)), target].mean()

batch, lr = 15, 0.5
first = log_probs(X[:batch])
print(first[0], first.shape, neg_log_lik(first, Y[:batch]))
for ep in range(3):
    for start in range(0, len(X), batch):
        l = neg_log_lik(log_probs(X[start:start + batch]), Y[start:start + batch])
        l.backward()
        with torch.no_grad():
            for t in (W, bvec):
                t -= t.grad * lr
                t.grad.zero_()
print(neg_log_lik(log_probs(X), Y), F.cross_entropy(X @ W + bvec, Y))
print((log_probs(X).argmax(1) == Y).float().mean())
