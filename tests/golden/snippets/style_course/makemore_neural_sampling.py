# Sampling from a (random) neural bigram model: one-hot, logits, softmax, multinomial.
import torch
import torch.nn.functional as F

itos = {0: '.'}
itos.update({i + 1: c for i, c in enumerate('abcdefghijklmnopqrstuvwxyz')})
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g)
for i in range(4):
    out = []
    ix = 0
    while True:
        xenc = F.one_hot(torch.tensor([ix]), num_classes=27).float()
        logits = xenc @ W
        p = F.softmax(logits, dim=1)
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=g).item()
        out.append(itos[ix])
        if ix == 0 or len(out) > 12:
            break
    print(''.join(out))
print(torch.multinomial(torch.tensor([0.6, 0.3, 0.1]), 10, replacement=True, generator=g))
