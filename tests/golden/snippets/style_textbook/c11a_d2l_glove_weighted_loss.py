# d2l GloVe: co-occurrence counts, the weighting function h(x), and the weighted squared loss trained a few steps.
import torch
from torch import nn

tokens = "the cat sat on the mat the dog sat on the log".split()
vocab = sorted(set(tokens))
idx = {w: i for i, w in enumerate(vocab)}
V = len(vocab)
X = torch.zeros(V, V)
window = 2
for i, w in enumerate(tokens):
    for j in range(max(0, i - window), min(len(tokens), i + window + 1)):
        if i != j:
            X[idx[w], idx[tokens[j]]] += 1.0 / abs(i - j)
print(vocab)
print(X[idx["the"]])

def h(x, c=3.0, alpha=0.75):
    return torch.where(x < c, (x / c) ** alpha, torch.ones_like(x))

torch.manual_seed(37)
emb_c, emb_x = nn.Embedding(V, 4), nn.Embedding(V, 4)
bias_c, bias_x = nn.Embedding(V, 1), nn.Embedding(V, 1)
params = [p for m in (emb_c, emb_x, bias_c, bias_x) for p in m.parameters()]
opt = torch.optim.Adagrad(params, lr=0.1)
rows, cols = torch.nonzero(X, as_tuple=True)
weights = h(X[rows, cols])
print(len(rows), weights[:5])
for step in range(50):
    pred = (emb_c(rows) * emb_x(cols)).sum(1) + bias_c(rows).squeeze(1) + bias_x(cols).squeeze(1)
    loss = (weights * (pred - torch.log(X[rows, cols])) ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, loss.item())
vec = emb_c.weight + emb_x.weight
sims = torch.cosine_similarity(vec[idx["cat"]], vec, dim=1)
print(sims.argsort(descending=True)[:3].tolist())
