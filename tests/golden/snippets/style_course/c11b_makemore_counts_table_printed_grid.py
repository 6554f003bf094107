# makemore: print the bigram count table as a text grid (row char, column char, count) with itos.
import torch

words = ["abba", "baab", "cab", "acab", "bca"]
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
itos = {i: s for s, i in stoi.items()}
N = torch.zeros((4, 4), dtype=torch.int32)
for w in words:
    cs = ["."] + list(w) + ["."]
    for a, b in zip(cs, cs[1:]):
        N[stoi[a], stoi[b]] += 1
print("   " + "  ".join(itos[j] for j in range(4)))
for i in range(4):
    print(itos[i] + "  " + "  ".join(str(N[i, j].item()) for j in range(4)))
print(N)
print(N[1, :], N[:, 0], N.sum(dim=0), N.sum(dim=1, keepdim=True))
P = N.float() / N.sum(1, keepdim=True)
print(P)
print(P.sum(1))
top = torch.topk(N.view(-1), 3)
print([(itos[i // 4] + itos[i % 4], v) for v, i in zip(top.values.tolist(), top.indices.tolist())])
