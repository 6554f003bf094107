# Skip-gram with negative sampling: two embedding tables and log-sigmoid scores
import torch
import torch.nn as nn
import torch.nn.functional as F

corpus = "the cat sat on the mat the dog sat on the log".split()
vocab = sorted(set(corpus))
w2i = {w: i for i, w in enumerate(vocab)}
pairs = [(w2i[corpus[i]], w2i[corpus[j]]) for i in range(len(corpus))
         for j in (i - 1, i + 1) if 0 <= j < len(corpus)]
centers = torch.tensor([c for c, _ in pairs])
contexts = torch.tensor([o for _, o in pairs])
torch.manual_seed(4)
in_emb, out_emb = nn.Embedding(len(vocab), 5), nn.Embedding(len(vocab), 5)
opt = torch.optim.SGD([*in_emb.parameters(), *out_emb.parameters()], lr=0.2)
for epoch in range(5):
    negatives = torch.randint(0, len(vocab), (len(pairs), 3))
    v = in_emb(centers)
    pos = F.logsigmoid((v * out_emb(contexts)).sum(-1))
    neg = F.logsigmoid(-(out_emb(negatives) @ v.unsqueeze(-1)).squeeze(-1)).sum(-1)
    loss = -(pos + neg).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print(epoch, f"{loss.item():.4f}")
print(len(pairs), vocab)
