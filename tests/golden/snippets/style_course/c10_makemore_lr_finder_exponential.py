# makemore part 2: sweep learning rates exponentially over steps, then pick the one where loss was lowest.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
X = torch.randint(0, 27, (200, 3), generator=g)
Y = (X.sum(1) * 7) % 27
C = torch.randn((27, 4), generator=g)
W1 = torch.randn((12, 50), generator=g) * 0.2
b1 = torch.randn(50, generator=g) * 0.01
W2 = torch.randn((50, 27), generator=g) * 0.01
b2 = torch.zeros(27)
parameters = [C, W1, b1, W2, b2]
for p in parameters:
    p.requires_grad = True
print(sum(p.nelement() for p in parameters))
lre = torch.linspace(-3, 0, 100)
lrs = 10 ** lre
lri, lossi = [], []
for i in range(100):
    ix = torch.randint(0, X.shape[0], (32,), generator=g)
    emb = C[X[ix]]
    h = torch.tanh(emb.view(-1, 12) @ W1 + b1)
    logits = h @ W2 + b2
    loss = F.cross_entropy(logits, Y[ix])
    for p in parameters:
        p.grad = None
    loss.backward()
    lr = lrs[i]
    for p in parameters:
        p.data += -lr * p.grad
    lri.append(lre[i])
    lossi.append(loss.item())
losses = torch.tensor(lossi)
print(lrs[:3], lrs[-3:])
print(losses[::20])
best = losses.argmin()
print(best.item(), lri[best.item()], f"{10 ** lri[best.item()].item():.5f}")
print(f"{losses.min().item():.4f} {losses.max().item():.4f}")
