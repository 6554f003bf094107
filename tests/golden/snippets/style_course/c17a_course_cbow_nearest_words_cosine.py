# CBOW: average the context embeddings to predict the middle word; nearest words by cosine
import torch
from torch import nn
import torch.nn.functional as F

words = "we are about to study the idea of a computational process".split()
vocab = sorted(set(words))
ix = {w: i for i, w in enumerate(vocab)}
data = [([ix[words[i - 2]], ix[words[i - 1]], ix[words[i + 1]], ix[words[i + 2]]], ix[words[i]])
        for i in range(2, len(words) - 2)]
torch.manual_seed(6)
emb = nn.Embedding(len(vocab), 6)
lin = nn.Linear(6, len(vocab))
opt = torch.optim.Adam([*emb.parameters(), *lin.parameters()], lr=0.05)
ctx = torch.tensor([c for c, _ in data])
tgt = torch.tensor([t for _, t in data])
for epoch in range(30):
    loss = F.cross_entropy(lin(emb(ctx).mean(1)), tgt)
    opt.zero_grad(); loss.backward(); opt.step()
print(ctx.shape, f"{loss.item():.4f}")
with torch.no_grad():
    sims = F.cosine_similarity(emb.weight[ix["study"]].unsqueeze(0), emb.weight, dim=1)
    best = sims.topk(3)
print([vocab[i] for i in best.indices.tolist()], best.values[0])
