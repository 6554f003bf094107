import torch
from torch import nn

torch.manual_seed(53)
V, H, EOS, BOS = 6, 5, 2, 1
emb, cell, out = nn.Embedding(V, H), nn.GRUCell(H, H), nn.Linear(H, V)
batch = 3
h = torch.randn(batch, H)
tok = torch.full((batch,), BOS)
finished = torch.zeros(batch, dtype=torch.bool)
result = []
with torch.no_grad():
    for t in range(5):
        h = cell(emb(tok), h)
        tok = out(h).argmax(-1)
        tok = tok.masked_fill(finished, 0)
        result.append(tok)
        finished |= tok == EOS
        if finished.all():
            break
seqs = torch.stack(result, dim=1)
print(seqs.shape, seqs.dtype, finished.dtype)
