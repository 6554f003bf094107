# Comparing a hand-derived gradient of cross_entropy with autograd's, exactly and approximately.
import torch
import torch.nn.functional as F

def cmp(s, dt, t):
    ex = torch.all(dt == t.grad).item()
    app = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f'{s:15s} | exact: {str(ex):5s} | approximate: {str(app):5s} | maxdiff: {maxdiff}')

g = torch.Generator().manual_seed(2147483647)
n = 8
logits = torch.randn(n, 27, generator=g, requires_grad=True)
Yb = torch.randint(0, 27, (n,), generator=g)
loss = F.cross_entropy(logits, Yb)
loss.backward()
dlogits = F.softmax(logits, 1)
dlogits[range(n), Yb] -= 1
dlogits /= n
cmp('logits', dlogits, logits)
print(loss.item())
