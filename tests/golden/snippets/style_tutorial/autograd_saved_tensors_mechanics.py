# "Autograd mechanics": what a node saves for backward, and when the saved tensor is the same object.
import torch

x = torch.randn(5, requires_grad=True)
y = x.pow(2)
print(y.grad_fn._saved_self is x)
print(torch.equal(y.grad_fn._saved_self, x))
print(y.grad_fn._saved_exponent)
y = x.exp()
print(y.grad_fn._saved_result.equal(y))
print(y.grad_fn._saved_result is y)
z = x * 3
print(z.grad_fn._saved_other, z.grad_fn._saved_self)
s = x.sum()
print(s.grad_fn._saved_self_sym_sizes)
try:
    print(x.grad_fn._saved_self)
except AttributeError as e:
    print(type(e).__name__, e)
