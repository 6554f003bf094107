# A trigram count model: a 3-D count tensor, fractional smoothing, average negative log likelihood
import torch

words = ["abc", "abd", "bcd", "cab", "dab", "bad"]
pos = {c: i for i, c in enumerate(".abcd")}
counts = torch.zeros((5, 5, 5))
def triples(w):
    s = [pos[c] for c in ".." + w + "."]
    return list(zip(s, s[1:], s[2:]))
for w in words:
    for i, j, k in triples(w):
        counts[i, j, k] += 1
probs = (counts + 0.5) / (counts + 0.5).sum(dim=2, keepdim=True)
print(probs.shape, probs[0, 0])
total = torch.tensor(0.0)
seen = 0
for w in words:
    for i, j, k in triples(w):
        total += probs[i, j, k].log()
        seen += 1
print(total, seen)
print("avg nll", (-total / seen).item())
print(counts.sum(), counts.count_nonzero())
