# backprop ninja: the one-line dlogits = (softmax - onehot) / n versus F.cross_entropy's gradient.
import torch
import torch.nn.functional as F

def cmp(s, dt, t):
    ex = torch.all(dt == t.grad).item()
    app = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f'{s:12s} | exact: {str(ex):5s} | approximate: {str(app):5s} | maxdiff: {maxdiff:.3e}')

g = torch.Generator().manual_seed(2147483647)
n, vocab = 32, 27
logits = (torch.randn(n, vocab, generator=g) * 2).requires_grad_()
Yb = torch.randint(0, vocab, (n,), generator=g)
loss = F.cross_entropy(logits, Yb)
loss.backward()
print('loss', loss.item())
dlogits = F.softmax(logits, 1)
dlogits[range(n), Yb] -= 1
dlogits /= n
cmp('logits', dlogits, logits)
# the same through one_hot
dl2 = (logits.softmax(-1) - F.one_hot(Yb, vocab).float()) / n
cmp('one_hot', dl2, logits)
# each row of dlogits sums to zero, the correct class pulls down
print('row sums ~ 0:', dlogits.sum(1).abs().max().item() < 1e-7)
print('pull at target', (dlogits[range(n), Yb] * n).detach()[:5])
print('shape', dlogits.shape, dlogits.dtype, dlogits.requires_grad)
