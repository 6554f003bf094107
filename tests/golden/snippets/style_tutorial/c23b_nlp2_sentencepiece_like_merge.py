from collections import Counter
import torch

# One byte-pair-encoding merge step over a tiny word list
words = {"l o w": 5, "l o w e r": 2, "n e w e s t": 6, "w i d e s t": 3}
pairs = Counter()
for w, f in words.items():
    syms = w.split()
    for a, b in zip(syms, syms[1:]):
        pairs[a, b] += f
best = max(pairs, key=pairs.get)
print(best, pairs[best])
merged = {w.replace(" ".join(best), "".join(best)): f for w, f in words.items()}
print(merged)
freqs = torch.tensor(list(pairs.values()))
print(freqs.sum(), freqs.max(), len(pairs))
