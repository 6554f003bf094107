from collections import Counter
import math
import torch

ref = "the cat is on the mat".split()
hyp = "the the the cat on mat".split()
rc, hc = Counter(ref), Counter(hyp)
clipped = sum(min(c, rc[w]) for w, c in hc.items())
p1 = clipped / len(hyp)
bp = 1.0 if len(hyp) > len(ref) else math.exp(1 - len(ref) / len(hyp))
print(clipped, round(p1, 4), bp)
counts = torch.tensor([hc[w] for w in sorted(hc)])
refc = torch.tensor([rc[w] for w in sorted(hc)])
print(sorted(hc), counts, torch.minimum(counts, refc).sum())
