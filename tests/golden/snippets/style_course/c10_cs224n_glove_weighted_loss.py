# cs224n: a tiny GloVe objective on a co-occurrence matrix with the f(X) weighting, trained with Adagrad.
import torch

corpus = "the cat sat on the mat the dog sat on the log the cat saw the dog".split()
vocab = sorted(set(corpus))
w2i = {w: i for i, w in enumerate(vocab)}
V, window = len(vocab), 2
X = torch.zeros(V, V)
for i, w in enumerate(corpus):
    for j in range(max(0, i - window), min(len(corpus), i + window + 1)):
        if i != j:
            X[w2i[w], w2i[corpus[j]]] += 1.0 / abs(i - j)
print(V, X.sum().item(), X[w2i["the"]])
x_max, alpha = 10.0, 0.75
fX = torch.where(X < x_max, (X / x_max) ** alpha, torch.ones_like(X))
mask = X > 0
torch.manual_seed(3)
W = (torch.randn(V, 5) * 0.1).requires_grad_()
Wt = (torch.randn(V, 5) * 0.1).requires_grad_()
b = torch.zeros(V, requires_grad=True)
bt = torch.zeros(V, requires_grad=True)
opt = torch.optim.Adagrad([W, Wt, b, bt], lr=0.1)
logX = torch.log(X.clamp(min=1e-12))
for step in range(100):
    pred = W @ Wt.T + b[:, None] + bt[None, :]
    loss = (fX * (pred - logX) ** 2)[mask].sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 25 == 0:
        print(step, round(loss.item(), 4))
emb = W + Wt
sim = torch.nn.functional.cosine_similarity(emb[w2i["cat"]], emb, dim=1)
print([vocab[i] for i in sim.topk(3).indices.tolist()])
