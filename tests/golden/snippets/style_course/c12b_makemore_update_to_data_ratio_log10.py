# makemore part 3: log10 of update std / data std for each weight over a few SGD steps.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 4), generator=g)
W1 = torch.randn((12, 20), generator=g) * (5 / 3) / 12 ** 0.5
b1 = torch.randn(20, generator=g) * 0.01
W2 = torch.randn((20, 27), generator=g) * 0.01
b2 = torch.zeros(27)
parameters = [C, W1, b1, W2, b2]
for p in parameters:
    p.requires_grad = True
print(sum(p.nelement() for p in parameters))
X = torch.randint(0, 27, (64, 3), generator=g)
Y = torch.randint(0, 27, (64,), generator=g)
ud = []
lr = 0.1
for i in range(5):
    ix = torch.randint(0, X.shape[0], (16,), generator=g)
    h = torch.tanh(C[X[ix]].view(-1, 12) @ W1 + b1)
    loss = F.cross_entropy(h @ W2 + b2, Y[ix])
    for p in parameters:
        p.grad = None
    loss.backward()
    for p in parameters:
        p.data += -lr * p.grad
    with torch.no_grad():
        ud.append([((lr * p.grad).std() / p.data.std()).log10().item() for p in parameters])
    print(f'{i:2d} {loss.item():.4f}')
for i, p in enumerate(parameters):
    if p.ndim == 2:
        print(f'param {i} {tuple(p.shape)} ratio {ud[-1][i]:.3f} grad:data {p.grad.std() / p.std():.3e}')
