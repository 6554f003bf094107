# Sampling from an (untrained) MLP language model: softmax over logits, multinomial draw
import torch
import torch.nn.functional as F

itos = dict(enumerate(".abcdefgh"))
block_size = 3
g = torch.Generator().manual_seed(16016)
C = torch.randn((9, 4), generator=g)
W1 = torch.randn((12, 16), generator=g) * 0.2
W2 = torch.randn((16, 9), generator=g) * 0.1
b2 = torch.zeros(9)
for _ in range(5):
    name, ctx = [], [0] * block_size
    while True:
        h = torch.tanh(C[ctx].view(1, -1) @ W1)
        probs = F.softmax(h @ W2 + b2, dim=1)
        ix = int(torch.multinomial(probs, 1, generator=g))
        ctx = ctx[1:] + [ix]
        name.append(ix)
        if ix == 0 or len(name) > 12:
            break
    print("".join(map(itos.get, name)))
print(probs)
