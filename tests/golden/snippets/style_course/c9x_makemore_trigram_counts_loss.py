# makemore exercise: a trigram counting model (two characters of context) with smoothing and its NLL.
import torch

words = ["emma", "olivia", "ava", "isabella", "sophia", "mia", "amelia", "ella", "luna", "anna"]
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
itos = {i: s for s, i in stoi.items()}
V = len(stoi)
print(V, chars)

N = torch.zeros((V, V, V), dtype=torch.int32)
for w in words:
    cs = [".", "."] + list(w) + ["."]
    for c1, c2, c3 in zip(cs, cs[1:], cs[2:]):
        N[stoi[c1], stoi[c2], stoi[c3]] += 1
print(N.sum().item(), N.max().item(), N.dtype)
print(N[0, 0].tolist())

P = (N + 1).float()
P /= P.sum(2, keepdim=True)
print(P.shape, P[0, 0].sum().item())

log_likelihood, n = 0.0, 0
for w in words:
    cs = [".", "."] + list(w) + ["."]
    for c1, c2, c3 in zip(cs, cs[1:], cs[2:]):
        prob = P[stoi[c1], stoi[c2], stoi[c3]]
        log_likelihood += torch.log(prob)
        n += 1
nll = -log_likelihood
print(f"{log_likelihood=}")
print(f"{nll/n=}")

g = torch.Generator().manual_seed(2147483647)
for _ in range(5):
    out, ix1, ix2 = [], 0, 0
    while True:
        ix = torch.multinomial(P[ix1, ix2], num_samples=1, replacement=True, generator=g).item()
        if ix == 0:
            break
        out.append(itos[ix])
        ix1, ix2 = ix2, ix
    print("".join(out))
