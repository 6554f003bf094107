# Sampling names from an (untrained) character MLP with F.softmax and torch.multinomial.
import torch
import torch.nn.functional as F

itos = {0: '.'}
itos.update({i + 1: ch for i, ch in enumerate('abcdefghijklmnopqrstuvwxyz')})
block_size = 3
g = torch.Generator().manual_seed(2147483647 + 10)
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g) * 0.2
b1 = torch.randn(200, generator=g) * 0.01
W2 = torch.randn((200, 27), generator=g) * 0.01
b2 = torch.randn(27, generator=g) * 0

for _ in range(5):
    out = []
    context = [0] * block_size
    while True:
        emb = C[torch.tensor([context])]
        h = torch.tanh(emb.view(1, -1) @ W1 + b1)
        logits = h @ W2 + b2
        probs = F.softmax(logits, dim=1)
        ix = torch.multinomial(probs, num_samples=1, generator=g).item()
        context = context[1:] + [ix]
        out.append(ix)
        if ix == 0 or len(out) > 15:
            break
    print(''.join(itos[i] for i in out))
print(emb.shape, h.shape, probs.shape, probs.sum().item())
print(probs[0, :5])
