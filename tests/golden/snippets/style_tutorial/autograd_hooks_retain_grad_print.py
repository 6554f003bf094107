# Autograd tutorial extras: register_hook on an intermediate, retain_grad, and grad_fn names along the way.
import torch

a = torch.tensor([2.0, 3.0], requires_grad=True)
b = torch.tensor([6.0, 4.0], requires_grad=True)
Q = 3 * a ** 3 - b ** 2
Q.retain_grad()
h = Q.register_hook(lambda g: print("hook sees", g))
external_grad = torch.tensor([1.0, 1.0])
Q.backward(gradient=external_grad)
print(9 * a ** 2 == a.grad)
print(-2 * b == b.grad)
print(Q.grad, Q.grad_fn, Q.grad_fn.next_functions)
h.remove()
print(a.grad_fn, a.is_leaf, Q.is_leaf)
