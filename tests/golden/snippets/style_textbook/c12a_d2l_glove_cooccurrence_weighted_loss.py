# GloVe: co-occurrence counts from a toy corpus, the weighting function h(x) and the weighted squared loss.
import torch

corpus = [[0, 1, 2, 1, 3], [2, 1, 0, 4], [3, 4, 1, 2]]
V, window = 5, 2
X = torch.zeros(V, V)
for sent in corpus:
    for i, w in enumerate(sent):
        for j in range(max(0, i - window), min(len(sent), i + window + 1)):
            if i != j:
                X[w, sent[j]] += 1.0 / abs(i - j)
print(X)

def h(x, c=5.0, alpha=0.75):
    return torch.where(x < c, (x / c) ** alpha, torch.ones_like(x))

print(h(X))
torch.manual_seed(0)
v = torch.randn(V, 3, requires_grad=True)
u = torch.randn(V, 3, requires_grad=True)
b = torch.zeros(V, requires_grad=True)
c = torch.zeros(V, requires_grad=True)
opt = torch.optim.Adagrad([v, u, b, c], lr=0.1)
nz = X > 0
for step in range(5):
    opt.zero_grad()
    pred = v @ u.T + b[:, None] + c[None, :]
    loss = (h(X) * (pred - torch.log(X.clamp(min=1e-12))) ** 2)[nz].sum()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5))
print(b.grad)
print((v + u).detach()[0])
