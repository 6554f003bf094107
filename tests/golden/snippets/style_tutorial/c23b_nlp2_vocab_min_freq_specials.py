from collections import Counter
import torch

lines = ["a b b c", "b c d", "e b a"]
freq = Counter(tok for ln in lines for tok in ln.split())
min_freq = 2
itos = ["<pad>", "<unk>"] + [w for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_freq]
stoi = {w: i for i, w in enumerate(itos)}
print(itos)
encoded = [torch.tensor([stoi.get(t, 1) for t in ln.split()]) for ln in lines]
print(encoded)
print(torch.cat(encoded).eq(1).float().mean())
