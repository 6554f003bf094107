# Sampling from a (random) embedding MLP one character at a time.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647 + 10)
C = torch.randn((27, 2), generator=g)
W1 = torch.randn((6, 20), generator=g)
W2 = torch.randn((20, 27), generator=g)
itos = {i: chr(ord('a') + i - 1) for i in range(1, 27)}
itos[0] = '.'
for _ in range(5):
    out = []
    context = [0] * 3
    while True:
        emb = C[torch.tensor([context])]
        h = torch.tanh(emb.view(1, -1) @ W1)
        probs = F.softmax(h @ W2, dim=1)
        ix = torch.multinomial(probs, num_samples=1, generator=g).item()
        context = context[1:] + [ix]
        out.append(ix)
        if ix == 0 or len(out) > 12:
            break
    print(''.join(itos[i] for i in out))
