# Finding a learning rate: exponentially spaced candidates, one step each, tracking the loss.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
X = torch.randint(0, 27, (200, 3), generator=g)
Y = torch.randint(0, 27, (200,), generator=g)
C = torch.randn((27, 2), generator=g)
W1 = torch.randn((6, 50), generator=g)
b1 = torch.randn(50, generator=g)
W2 = torch.randn((50, 27), generator=g)
b2 = torch.randn(27, generator=g)
parameters = [C, W1, b1, W2, b2]
for p in parameters:
    p.requires_grad = True

lre = torch.linspace(-3, 0, 12)
lrs = 10**lre
print(lre)
print(lrs)
lri, lossi = [], []
for i in range(12):
    ix = torch.randint(0, X.shape[0], (32,), generator=g)
    emb = C[X[ix]]
    h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
    logits = h @ W2 + b2
    loss = F.cross_entropy(logits, Y[ix])
    for p in parameters:
        p.grad = None
    loss.backward()
    lr = lrs[i]
    for p in parameters:
        p.data += -lr * p.grad
    lri.append(lre[i].item())
    lossi.append(loss.item())
print([round(l, 3) for l in lri])
print([round(l, 3) for l in lossi])
print(type(lr), lr)
