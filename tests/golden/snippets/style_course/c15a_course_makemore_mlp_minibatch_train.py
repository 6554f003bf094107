# makemore part 2: embedding lookup C[X], a tanh layer, minibatch SGD with a generator
import torch
import torch.nn.functional as F

gen = torch.Generator().manual_seed(2147483647)
ctx_len, n_tok, d = 3, 27, 2
Xtr = torch.randint(0, n_tok, (50, ctx_len), generator=gen)
Ytr = torch.randint(0, n_tok, (50,), generator=gen)
emb_table = torch.randn((n_tok, d), generator=gen)
Wh = torch.randn((ctx_len * d, 20), generator=gen)
bh = torch.randn(20, generator=gen)
Wo = torch.randn((20, n_tok), generator=gen)
bo = torch.randn(n_tok, generator=gen)
weights = [emb_table, Wh, bh, Wo, bo]
print(sum(w.nelement() for w in weights))
for w in weights:
    w.requires_grad_(True)

def forward(idx):
    hid = torch.tanh(emb_table[idx].view(idx.shape[0], -1) @ Wh + bh)
    return hid @ Wo + bo

for step in range(5):
    batch_ix = torch.randint(0, Xtr.shape[0], (16,), generator=gen)
    loss = F.cross_entropy(forward(Xtr[batch_ix]), Ytr[batch_ix])
    for w in weights:
        w.grad = None
    loss.backward()
    with torch.no_grad():
        for w in weights:
            w -= 0.1 * w.grad
    print(step, loss.item())
print(F.cross_entropy(forward(Xtr), Ytr))
