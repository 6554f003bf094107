# makemore MLP: a 2-d embedding table C looked up with C[X], concatenated contexts, a tanh layer, minibatch SGD
# with a step learning-rate decay, then the full-data loss.
import torch
import torch.nn.functional as F

gen = torch.Generator().manual_seed(1421)
ctx, vocab, emb_dim, hid = 3, 12, 2, 40
X = torch.randint(0, vocab, (60, ctx), generator=gen)
Y = (X.sum(1) * 7) % vocab
C = torch.randn((vocab, emb_dim), generator=gen)
Wh = torch.randn((ctx * emb_dim, hid), generator=gen) * 0.3
bh = torch.randn(hid, generator=gen) * 0.01
Wo = torch.randn((hid, vocab), generator=gen) * 0.1
bo = torch.zeros(vocab)
weights = [C, Wh, bh, Wo, bo]
for t in weights:
    t.requires_grad_()
print(sum(t.nelement() for t in weights), C[X].shape, C[X].flatten(1).shape)
for step in range(40):
    rows = torch.randint(0, len(X), (16,), generator=gen)
    hidden = torch.tanh(C[X[rows]].flatten(1) @ Wh + bh)
    ce = F.cross_entropy(hidden @ Wo + bo, Y[rows])
    for t in weights:
        t.grad = None
    ce.backward()
    rate = 0.2 if step < 25 else 0.02
    for t in weights:
        t.data.add_(t.grad, alpha=-rate)
    if step % 8 == 7:
        print(step, ce.item())
full = torch.tanh(C[X].flatten(1) @ Wh + bh) @ Wo + bo
print(F.cross_entropy(full, Y).item(), C.grad.shape, C.grad.abs().sum().item() > 0)
