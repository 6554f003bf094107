# course: cross-entropy in nats and bits, perplexity, and the uniform-model baseline, from a count model.
import math
import torch
import torch.nn.functional as F

text = 'the cat sat on the mat the end'
chars = sorted(set(text))
V = len(chars)
ix = torch.tensor([chars.index(c) for c in text])
N = torch.zeros(V, V)
for a, b in zip(ix[:-1], ix[1:]):
    N[a, b] += 1
P = (N + 1) / (N + 1).sum(1, keepdim=True)
nll = -P[ix[:-1], ix[1:]].log().mean()
print(f'nll {nll.item():.6f} nats, {nll.item() / math.log(2):.6f} bits, ppl {nll.exp().item():.6f}')
print('uniform', math.log(V), torch.tensor(float(V)).log().item())
logits = P.log()[ix[:-1]]
ce = F.cross_entropy(logits, ix[1:])
print(ce, torch.isclose(ce, nll))
ce_sum = F.cross_entropy(logits, ix[1:], reduction='sum')
print(ce_sum / (len(ix) - 1), torch.exp(ce))
print(P.sum(1))
print(P.max(1))
