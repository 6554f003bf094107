# Embedding lookup C[X], flattening with view, a tanh hidden layer and cross_entropy.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]])
Y = torch.tensor([5, 13, 13, 1, 0])
C = torch.randn((27, 2), generator=g)
W1 = torch.randn((6, 100), generator=g)
b1 = torch.randn(100, generator=g)
W2 = torch.randn((100, 27), generator=g)
b2 = torch.randn(27, generator=g)
parameters = [C, W1, b1, W2, b2]
print(sum(p.nelement() for p in parameters))
emb = C[X]
print(emb.shape)
print(torch.cat(torch.unbind(emb, 1), 1).shape)
h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
print(h.shape)
logits = h @ W2 + b2
counts = logits.exp()
prob = counts / counts.sum(1, keepdims=True)
print(-prob[torch.arange(5), Y].log().mean())
print(F.cross_entropy(logits, Y))
