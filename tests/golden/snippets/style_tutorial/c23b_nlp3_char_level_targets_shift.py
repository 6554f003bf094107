import torch

text = "abcab"
vocab = sorted(set(text))
ids = torch.tensor([vocab.index(c) for c in text])
block = 3
xs = torch.stack([ids[i:i + block] for i in range(len(ids) - block)])
ys = torch.stack([ids[i + 1:i + 1 + block] for i in range(len(ids) - block)])
print(xs, ys)
print(xs.shape, ys.dtype)
print(torch.equal(xs[:, 1:], ys[:, :-1]))
