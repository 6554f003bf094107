# makemore part 2: build_dataset with a shifting context window over words, splits 80/10/10 with a seeded shuffle.
import random
import torch

words = ['emma', 'olivia', 'ava', 'isabella', 'sophia', 'mia', 'zoe', 'lily', 'ella', 'amy']
chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
vocab_size = len(itos)
print(vocab_size, itos[1], itos[vocab_size - 1])
block_size = 3

def build_dataset(words):
    X, Y = [], []
    for w in words:
        context = [0] * block_size
        for ch in w + '.':
            ix = stoi[ch]
            X.append(context)
            Y.append(ix)
            context = context[1:] + [ix]
    X = torch.tensor(X)
    Y = torch.tensor(Y)
    print(X.shape, Y.shape)
    return X, Y

random.seed(42)
random.shuffle(words)
n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
Xtr, Ytr = build_dataset(words[:n1])
Xdev, Ydev = build_dataset(words[n1:n2])
Xte, Yte = build_dataset(words[n2:])
for x, y in zip(Xtr[:7], Ytr[:7]):
    print(''.join(itos[ix.item()] for ix in x), '--->', itos[y.item()])
print(Xtr.dtype, Xtr[:3])
print(torch.bincount(Ytr, minlength=vocab_size))
