# Evaluating the bigram model's quality: average negative log likelihood, with and without smoothing.
import torch

words = ['anna', 'bob', 'carla', 'dana', 'ella', 'nora', 'lara', 'bella', 'clara']
chars = sorted(set(''.join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
V = len(stoi)
N = torch.zeros((V, V), dtype=torch.int32)
for w in words:
    chs = ['.'] + list(w) + ['.']
    for a, b in zip(chs, chs[1:]):
        N[stoi[a], stoi[b]] += 1

for smoothing in (0, 1, 10):
    P = (N + smoothing).float()
    P = P / P.sum(1, keepdim=True)
    log_likelihood = 0.0
    n = 0
    for w in words + ['andrej']:
        chs = ['.'] + list(w) + ['.']
        for a, b in zip(chs, chs[1:]):
            if a not in stoi or b not in stoi:
                continue
            prob = P[stoi[a], stoi[b]]
            logprob = torch.log(prob)
            log_likelihood += logprob
            n += 1
    nll = -log_likelihood
    print(f'smoothing={smoothing} {log_likelihood=}')
    print(f'{nll=}')
    print(f'{nll/n}')
