# Minibatch training with randint indices, then evaluate the full training and dev loss
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(1)
Xtr, Ytr = torch.randint(0, 10, (200, 3), generator=g), torch.randint(0, 10, (200,), generator=g)
Xdev, Ydev = torch.randint(0, 10, (50, 3), generator=g), torch.randint(0, 10, (50,), generator=g)
C = torch.randn((10, 4), generator=g)
W = torch.randn((12, 10), generator=g) * 0.1
b = torch.zeros(10)
parameters = [C, W, b]
for p in parameters:
    p.requires_grad = True
print(sum(p.nelement() for p in parameters))
for i in range(30):
    ix = torch.randint(0, Xtr.shape[0], (32,), generator=g)
    loss = F.cross_entropy(C[Xtr[ix]].view(-1, 12) @ W + b, Ytr[ix])
    for p in parameters:
        p.grad = None
    loss.backward()
    lr = 0.1 if i < 20 else 0.01
    for p in parameters:
        p.data += -lr * p.grad
with torch.no_grad():
    for name, (X, Y) in {"train": (Xtr, Ytr), "dev": (Xdev, Ydev)}.items():
        print(name, F.cross_entropy(C[X].view(-1, 12) @ W + b, Y).item())
