# Autograd tutorial: walk the grad_fn chain with next_functions, printing node names down to AccumulateGrad.
import torch

x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w) + b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
print("Gradient function for z =", z.grad_fn)
print("Gradient function for loss =", loss.grad_fn)

def walk(fn, depth=0):
    if fn is None:
        return
    print("  " * depth + type(fn).__name__)
    for child, _ in fn.next_functions:
        walk(child, depth + 1)

walk(loss.grad_fn)
acc = z.grad_fn.next_functions[1][0]
print(type(acc).__name__, acc.variable is b)
print(len(loss.grad_fn.next_functions), [n for _, n in z.grad_fn.next_functions])
loss.backward()
print(w.grad.shape, b.grad.shape)
print(torch.allclose(w.grad, x.unsqueeze(1) * b.grad.unsqueeze(0)))
