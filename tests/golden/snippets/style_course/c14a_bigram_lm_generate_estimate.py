# nanoGPT-style data pipeline: train/val split of encoded text, random windows, a tiny token+position model,
# and an estimate of both losses in eval mode under torch.no_grad.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1449)
corpus = "the quick brown fox jumps over the lazy dog and the cat"
itos = sorted(set(corpus))
enc = lambda s: [itos.index(c) for c in s]
dec = lambda l: ''.join(itos[i] for i in l)
ids = torch.tensor(enc(corpus), dtype=torch.long)
n = int(0.9 * len(ids))
splits = {'train': ids[:n], 'val': ids[n:]}
ctx = 3
def batch(split, bs=4):
    src = splits[split]
    starts = torch.randint(len(src) - ctx, (bs,))
    return torch.stack([src[s:s + ctx] for s in starts]), torch.stack([src[s + 1:s + ctx + 1] for s in starts])
tok = nn.Embedding(len(itos), 8)
pos = nn.Embedding(ctx, 8)
lm_head = nn.Linear(8, len(itos))
params = [*tok.parameters(), *pos.parameters(), *lm_head.parameters()]
def logits_of(x): return lm_head(tok(x) + pos(torch.arange(x.shape[1])))
opt = torch.optim.AdamW(params, lr=3e-2)
for step in range(20):
    xb, yb = batch('train')
    loss = F.cross_entropy(logits_of(xb).flatten(0, 1), yb.flatten())
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
with torch.no_grad():
    est = {s: torch.stack([F.cross_entropy(logits_of(x).flatten(0, 1), y.flatten()) for x, y in (batch(s) for _ in range(4))]).mean().item() for s in splits}
print(est, dec(enc("fox")), len(splits['val']))
print(logits_of(ids[:ctx].unsqueeze(0)).argmax(-1))
