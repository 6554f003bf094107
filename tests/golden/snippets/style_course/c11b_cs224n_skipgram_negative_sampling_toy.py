# CS224n-style word2vec skip-gram toy with negative sampling: loss and gradients for one center word.
import torch
import torch.nn.functional as F

corpus = "the quick brown fox jumps over the lazy dog the fox".split()
vocab = sorted(set(corpus))
w2i = {w: i for i, w in enumerate(vocab)}
print(len(vocab), vocab[:4])
pairs = []
window = 2
for i, w in enumerate(corpus):
    for j in range(max(0, i - window), min(len(corpus), i + window + 1)):
        if j != i:
            pairs.append((w2i[w], w2i[corpus[j]]))
print(len(pairs), pairs[:5])

torch.manual_seed(224)
dim, K = 6, 3
center_vecs = torch.nn.Embedding(len(vocab), dim)
outside_vecs = torch.nn.Embedding(len(vocab), dim)
counts = torch.bincount(torch.tensor([w2i[w] for w in corpus]), minlength=len(vocab)).float()
noise = counts ** 0.75
noise = noise / noise.sum()
print(noise)
opt = torch.optim.SGD(list(center_vecs.parameters()) + list(outside_vecs.parameters()), lr=0.5)
data = torch.tensor(pairs)
for epoch in range(4):
    c, o = data[:, 0], data[:, 1]
    neg = torch.multinomial(noise, len(pairs) * K, replacement=True).view(len(pairs), K)
    vc = center_vecs(c)
    uo = outside_vecs(o)
    uk = outside_vecs(neg)
    pos = F.logsigmoid((vc * uo).sum(-1))
    negl = F.logsigmoid(-(uk @ vc.unsqueeze(-1)).squeeze(-1)).sum(-1)
    loss = -(pos + negl).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
v = center_vecs.weight.detach()
sims = F.cosine_similarity(v[w2i["fox"]].unsqueeze(0), v, dim=1)
print([vocab[i] for i in sims.argsort(descending=True)[:3].tolist()])
