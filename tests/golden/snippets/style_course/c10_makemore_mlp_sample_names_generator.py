# makemore part 2: sample names from a (tiny, untrained) MLP with a fixed torch.Generator and a rolling context.
import torch
import torch.nn.functional as F

itos = {0: "."} | {i + 1: c for i, c in enumerate("abcdefghij")}
block_size, V = 3, len(itos)
g = torch.Generator().manual_seed(2147483647 + 10)
C = torch.randn((V, 4), generator=g)
W1 = torch.randn((12, 32), generator=g) * 0.2
b1 = torch.randn(32, generator=g) * 0.01
W2 = torch.randn((32, V), generator=g) * 0.5
b2 = torch.randn(V, generator=g) * 0.1
for _ in range(6):
    out, context = [], [0] * block_size
    while True:
        emb = C[torch.tensor([context])]
        h = torch.tanh(emb.view(1, -1) @ W1 + b1)
        logits = h @ W2 + b2
        probs = F.softmax(logits, dim=1)
        ix = torch.multinomial(probs, num_samples=1, generator=g).item()
        context = context[1:] + [ix]
        out.append(ix)
        if ix == 0 or len(out) > 12:
            break
    print("".join(itos[i] for i in out))
print(probs.shape, probs.sum().item())
