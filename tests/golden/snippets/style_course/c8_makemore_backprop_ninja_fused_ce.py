# Backprop ninja exercise 2: the whole cross entropy's gradient in one line, softmax minus one-hot over n.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
n, vocab_size = 6, 7
logits = torch.randn((n, vocab_size), generator=g, requires_grad=True)
Yb = torch.randint(0, vocab_size, (n,), generator=g)
loss_fast = F.cross_entropy(logits, Yb)
print(loss_fast.item())
loss_fast.backward()

dlogits = F.softmax(logits, 1)
dlogits[range(n), Yb] -= 1
dlogits /= n
print('logits | exact:', torch.all(dlogits == logits.grad).item(),
      '| approximate:', torch.allclose(dlogits, logits.grad),
      '| maxdiff:', (dlogits - logits.grad).abs().max().item())
print(dlogits.requires_grad, dlogits.grad_fn)
print(logits.grad.sum(1))
print(F.softmax(logits, 1)[0])
print(dlogits[0] * n)
torch.set_printoptions(precision=3, sci_mode=False)
print(logits.grad)
torch.set_printoptions(profile='default')
