# The bigram count table as text (what the lecture draws with plt.text), most common bigrams first.
import torch

words = ['ada', 'bea', 'cad', 'dab', 'abe', 'ebb', 'bad']
chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
V = len(stoi)
N = torch.zeros((V, V), dtype=torch.int32)
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        N[stoi[ch1], stoi[ch2]] += 1
for i in range(V):
    row = []
    for j in range(V):
        chstr = itos[i] + itos[j]
        row.append(f'{chstr}:{N[i, j].item()}')
    print(' '.join(row))
flat = N.flatten()
vals, idx = flat.sort(descending=True, stable=True)
top = [(itos[(i // V).item()] + itos[(i % V).item()], v.item()) for v, i in zip(vals[:5], idx[:5])]
print(top)
print(N[0], N[0].float() / N[0].sum())
print(N.max(), N.argmax(), divmod(N.argmax().item(), V))
