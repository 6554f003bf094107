# torch.inner / Tensor.inner: 0-d operands, 1-D and batched shapes, the last-dim check and the gradient.
import torch
torch.manual_seed(0)
a = torch.randn(3, requires_grad=True)
b = torch.randn(2, 3, requires_grad=True)
for e in ['torch.inner(a, a)', 'torch.inner(b, b)', 'torch.inner(b, a)', 'torch.inner(a, torch.tensor(2.))', 'a.inner(b)',
          'torch.inner(b, torch.ones(4))', 'torch.inner(torch.ones(2, 3, 4), torch.ones(5, 4)).shape', 'torch.inner(torch.arange(6).view(2, 3), torch.arange(3))']:
    try:
        r = eval(e)
        print(e, r, getattr(r, 'grad_fn', None).__class__.__name__)
    except RuntimeError as x:
        print(e, type(x).__name__, x)
torch.inner(b, b).sum().backward()
print(b.grad)
