# torch.autograd.grad(is_grads_batched=True): values, unused inputs, and the argument checks.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, 1.5], requires_grad=True)
y = x ** 2
print(torch.autograd.grad(y, x, [torch.eye(3)], is_grads_batched=True, retain_graph=True))
z = (x ** 3).sum()
print(torch.autograd.grad(z, [x, w], torch.tensor([1.0, 2.0]), is_grads_batched=True, allow_unused=True,
                          retain_graph=True))
print(torch.autograd.grad(z, [x, w], torch.tensor([1.0, 2.0]), is_grads_batched=True, materialize_grads=True,
                          retain_graph=True))
m = torch.arange(6.0).view(2, 3).requires_grad_()
out = m @ torch.tensor([[1.0, 2.0], [0.0, 1.0], [3.0, -1.0]])
print(torch.autograd.grad(out, m, torch.randn(4, 2, 2), is_grads_batched=True, retain_graph=True))
a, b = x * 2, x.sum()
cases = [(y, None), (y, torch.ones(3)), (y, torch.ones(2, 2)), (y, torch.ones(0, 3)), (z, None),
         (z, torch.tensor(2.0)), ([a, b], [torch.ones(2, 3), torch.ones(3)]), (y, [[1.0, 2.0, 3.0]])]
for outputs, grads in cases:
    try:
        torch.autograd.grad(outputs, x, grads, is_grads_batched=True, retain_graph=True)
    except (RuntimeError, ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
g = torch.autograd.grad(y, x, torch.eye(3), is_grads_batched=True)
print(g)
y.sum().backward()
