# Scoring each bigram of a few names by its log probability, then the average NLL.
import torch

words = ['anna', 'bob', 'clara', 'dan', 'ella']
chars = sorted(set(''.join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
N = torch.zeros((len(stoi), len(stoi)), dtype=torch.int32)
for w in words:
    chs = ['.'] + list(w) + ['.']
    for c1, c2 in zip(chs, chs[1:]):
        N[stoi[c1], stoi[c2]] += 1
P = (N + 1).float()
P = P / P.sum(1, keepdim=True)
log_likelihood = 0.0
n = 0
for w in words[:2]:
    chs = ['.'] + list(w) + ['.']
    for c1, c2 in zip(chs, chs[1:]):
        prob = P[stoi[c1], stoi[c2]]
        logprob = torch.log(prob)
        log_likelihood += logprob
        n += 1
        print(f'{c1}{c2}: {prob:.4f} {logprob:.4f}')
print(f'{log_likelihood=}')
nll = -log_likelihood
print(f'{nll/n}')
