# Minibatches drawn with torch.randint and a generator; loss on the batch and on everything
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
X = torch.randint(0, 10, (50, 2), generator=g)
Y = (X[:, 0] + X[:, 1]) % 10
C = torch.randn((10, 3), generator=g, requires_grad=True)
W = torch.randn((6, 10), generator=g) * 0.1
W.requires_grad_()
for step in range(6):
    ix = torch.randint(0, X.shape[0], (8,), generator=g)
    logits = C[X[ix]].view(-1, 6) @ W
    loss = F.cross_entropy(logits, Y[ix])
    C.grad = W.grad = None
    loss.backward()
    lr = 0.5 if step < 3 else 0.05
    with torch.no_grad():
        C -= lr * C.grad
        W -= lr * W.grad
    print(step, ix.tolist(), loss.item())
with torch.no_grad():
    print(F.cross_entropy(C[X].view(-1, 6) @ W, Y).item())
