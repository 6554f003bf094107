# Backprop ninja: the gradient into the embedding table C from demb, with a loop and with index_add_
import torch

g = torch.Generator().manual_seed(2147483647)
C = torch.randn(10, 3, generator=g, requires_grad=True)
Xb = torch.randint(0, 10, (5, 2), generator=g)
looked_up = C[Xb]
embcat = looked_up.view(5, -1)
W = torch.randn(6, 4, generator=g, requires_grad=True)
h = torch.tanh(embcat @ W)
loss = (h ** 2).mean()
looked_up.retain_grad()
embcat.retain_grad()
h.retain_grad()
loss.backward()
dh = 2 * h / h.numel()
dembcat = ((1 - h ** 2) * dh) @ W.T
dlooked = dembcat.view(looked_up.shape)
dC = torch.zeros_like(C)
for row, ids in enumerate(Xb):
    for col, ix in enumerate(ids):
        dC[ix] += dlooked[row, col]
dC2 = torch.zeros_like(C).index_add_(0, Xb.view(-1), dlooked.view(-1, 3))
print(torch.allclose(dC, C.grad), torch.allclose(dC2, C.grad), (dC - C.grad).abs().max().item())
print(torch.equal(dh, h.grad), (dembcat - embcat.grad).abs().max().item())
print(C.grad[Xb[0, 0]])
