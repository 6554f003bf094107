# Building the block_size=3 context dataset, embedding it with C[X] and the first hidden layer's shapes.
import torch

words = ['emma', 'olivia', 'ava', 'isabella', 'sophia']
chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}

block_size = 3
X, Y = [], []
for w in words[:2]:
    print(w)
    context = [0] * block_size
    for ch in w + '.':
        ix = stoi[ch]
        X.append(context)
        Y.append(ix)
        print(''.join(itos[i] for i in context), '--->', itos[ix])
        context = context[1:] + [ix]
X = torch.tensor(X)
Y = torch.tensor(Y)
print(X.shape, X.dtype, Y.shape, Y.dtype)

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g)
print(C[5], torch.nn.functional.one_hot(torch.tensor(5), num_classes=27).float() @ C)
emb = C[X]
print(emb.shape)
print(C[X][3, 2], C[X[3, 2]])
W1 = torch.randn((6, 100), generator=g)
b1 = torch.randn(100, generator=g)
print(torch.cat([emb[:, 0, :], emb[:, 1, :], emb[:, 2, :]], 1).shape)
print(torch.cat(torch.unbind(emb, 1), 1).shape)
print(emb.view(-1, 6).shape, emb.view(emb.shape[0], 6).equal(torch.cat(torch.unbind(emb, 1), 1)))
h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
print(h.shape, h[0, :4])
