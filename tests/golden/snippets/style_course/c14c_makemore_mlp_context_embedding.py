# Character MLP with a context window: build (context, next char) pairs with a sliding list,
# look rows up in a 2-d embedding table, one tanh layer, cross_entropy, and full-batch steps.
import torch
import torch.nn.functional as F

names = ["noah", "liam", "lucas", "levi", "leo"]
vocab = ['.'] + sorted(set(''.join(names)))
to_ix = {ch: i for i, ch in enumerate(vocab)}
win = 3
ctx_rows, nxt = [], []
for nm in names:
    window = [0, 0, 0]
    for ch in nm + '.':
        ctx_rows.append(list(window))
        nxt.append(to_ix[ch])
        window = window[1:] + [to_ix[ch]]
Xs, Ys = torch.tensor(ctx_rows), torch.tensor(nxt)
print(Xs.shape, Xs.dtype, Ys[:8])
g = torch.Generator().manual_seed(424242)
emb_table = torch.randn((len(vocab), 2), generator=g)
Wh, bh = torch.randn((win * 2, 40), generator=g) * 0.5, torch.randn(40, generator=g) * 0.1
Wo, bo = torch.randn((40, len(vocab)), generator=g) * 0.2, torch.zeros(len(vocab))
params = [emb_table, Wh, bh, Wo, bo]
print(sum(p.nelement() for p in params), [p.requires_grad_().is_leaf for p in params])
for _ in range(30):
    hidden = torch.tanh(emb_table[Xs].view(Xs.shape[0], -1) @ Wh + bh)
    loss = F.cross_entropy(hidden @ Wo + bo, Ys)
    for p in params:
        p.grad = None
    loss.backward()
    for p in params:
        p.data -= 0.1 * p.grad
print(emb_table[Xs].shape, loss.item())
