# Learning-rate search: exponents on a linspace, 10**lre, one step per candidate and the best lr found.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
lre = torch.linspace(-3, 0, 7)
lrs = 10 ** lre
print(lre)
print(lrs)
X = torch.randn(64, 5, generator=g)
Y = torch.randint(0, 3, (64,), generator=g)
W0 = torch.randn(5, 3, generator=g) * 0.1
lri, lossi = [], []
for i in range(len(lrs)):
    W = W0.clone().requires_grad_(True)
    for _ in range(10):
        loss = F.cross_entropy(X @ W, Y)
        W.grad = None
        loss.backward()
        W.data += -lrs[i] * W.grad
    lri.append(lre[i].item())
    lossi.append(loss.item())
print(lri)
print(lossi)
best = torch.tensor(lossi).argmin()
print(best, lrs[best])
