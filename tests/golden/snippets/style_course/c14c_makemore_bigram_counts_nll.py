# Bigram character model from counts: an index with '.' as start/end token, a count matrix,
# add-one smoothing, row normalisation via keepdim, and the mean negative log likelihood.
import torch

names = ["zara", "omar", "rosa", "maren", "aron", "nora", "ramon"]
alphabet = ['.'] + sorted(set(''.join(names)))
idx = {ch: i for i, ch in enumerate(alphabet)}
K = len(alphabet)
counts = torch.zeros((K, K), dtype=torch.int32)
pairs = [(a, b) for nm in names for a, b in zip('.' + nm, nm + '.')]
for a, b in pairs:
    counts[idx[a], idx[b]] += 1
print(alphabet, counts[0], counts.sum())
probs = (counts + 1).float()
probs /= probs.sum(1, keepdims=True)
print(probs[0].sum(), probs[idx['a']])
logp = torch.stack([probs[idx[a], idx[b]].log() for a, b in pairs])
print(f'{logp.sum()=}')
print(f'avg nll {-logp.mean().item()}')
print(-sum(probs[idx[a], idx[b]].log() for a, b in pairs) / len(pairs))
