# Bigram counts from a few names, add-one smoothed, then sampled with a seeded generator
import torch

names = ["nora", "leo", "luna", "noah", "lea", "aron"]
alphabet = ["."] + sorted(set("".join(names)))
index = {ch: i for i, ch in enumerate(alphabet)}
counts = torch.zeros(len(alphabet), len(alphabet), dtype=torch.int32)
for name in names:
    seq = [index[ch] for ch in "." + name + "."]
    for prev, nxt in zip(seq[:-1], seq[1:]):
        counts[prev, nxt] += 1
print(counts[index["."]], counts.sum(), counts.dtype)
smoothed = counts.float() + 1
probs = smoothed / smoothed.sum(dim=1, keepdim=True)
print(probs[index["n"]])
gen = torch.Generator().manual_seed(1616)
for _ in range(4):
    current, letters = 0, ""
    while True:
        current = torch.multinomial(probs[current], 1, generator=gen).item()
        if current == 0:
            break
        letters += alphabet[current]
    print(letters)
