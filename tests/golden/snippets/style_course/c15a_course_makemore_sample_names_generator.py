# makemore: sample a few "names" from a random probability table with a fixed generator
import torch

g = torch.Generator().manual_seed(2147483647)
itos = {0: "."}
itos.update({i + 1: ch for i, ch in enumerate("abcdefgh")})
W = torch.randn((9, 9), generator=g)
P = W.exp()
P = P / P.sum(1, keepdim=True)
for _ in range(4):
    out = []
    ix = 0
    while True:
        p = P[ix]
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=g).item()
        out.append(itos[ix])
        if ix == 0 or len(out) > 12:
            break
    print("".join(out))
p = torch.rand(3, generator=g)
p = p / p.sum()
print(p)
print(torch.multinomial(p, num_samples=20, replacement=True, generator=g))
