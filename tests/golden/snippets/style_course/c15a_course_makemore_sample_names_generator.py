# makemore: sample a few "names" from a random probability table with a fixed generator
import torch

g = torch.Generator().manual_seed(2147483647)
itos = {0: "."}
itos.update({i + 1: ch for i, ch in enumerate("abcdefgh")})
W = torch.randn((9, 9), generator=g)
P = W.exp()
P = P / P.sum(1, keepdim=True)
for sample in range(4):
    name, cur = [], 0
    while True:
        cur = torch.multinomial(P[cur], num_samples=1, replacement=True, generator=g).item()
        name.append(itos[cur])
        if cur == 0 or len(name) > 12:
            break
    print(sample, "".join(name))
p = torch.rand(3, generator=g)
p = p / p.sum()
print(p)
print(torch.multinomial(p, num_samples=20, replacement=True, generator=g))
