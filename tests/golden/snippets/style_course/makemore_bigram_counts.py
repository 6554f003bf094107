# Counting character bigrams of a few names into a 27x27 int32 table.
import torch

words = ['emma', 'olivia', 'ava', 'isabella', 'sophia', 'mia', 'amelia', 'ella']
chars = sorted(list(set(''.join(words))))
stoi = {s: i+1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
N = torch.zeros((27, 27), dtype=torch.int32)
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        N[stoi[ch1], stoi[ch2]] += 1
print(len(chars), N.dtype)
print(N[0])
print(N[stoi['a']].sum(), N.sum())
print(N[:4, :4])
