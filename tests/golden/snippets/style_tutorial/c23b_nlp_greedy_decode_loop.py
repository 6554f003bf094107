import torch
from torch import nn

torch.manual_seed(4)
V, H = 6, 8
BOS, EOS = 1, 2
emb = nn.Embedding(V, H)
cell = nn.GRUCell(H, H)
proj = nn.Linear(H, V)
h = torch.zeros(1, H)
tok = torch.tensor([BOS])
out = []
with torch.no_grad():
    for _ in range(6):
        h = cell(emb(tok), h)
        tok = proj(h).argmax(dim=-1)
        out.append(tok.item())
        if tok.item() == EOS:
            break
print(out, len(out))
print(tok.shape, tok.dtype, h.shape)
