import torch

sents = [["i", "like", "nlp"], ["i", "like", "deep", "learning"], ["i", "enjoy", "nlp"]]
words = sorted({w for s in sents for w in s})
index = {w: i for i, w in enumerate(words)}
X = torch.zeros(len(words), len(words))
for s in sents:
    for i, w in enumerate(s):
        for j in range(max(0, i - 1), min(len(s), i + 2)):
            if j != i:
                X[index[w], index[s[j]]] += 1.0 / abs(i - j)
print(words)
print(X)
print(torch.equal(X, X.T), X.sum().item())
weight = torch.clamp((X / 2) ** 0.75, max=1.0)
print(weight[index["i"]])
