# Q: reading grad_fn's saved tensors (_saved_self, _saved_exponent) and why they disappear after backward.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.pow(3)
print(y.grad_fn._saved_exponent, y.grad_fn._saved_self)
print(y.grad_fn._saved_self is x, torch.equal(y.grad_fn._saved_self, x))
e = x.exp()
print(torch.equal(e.grad_fn._saved_result, e))
m = x * torch.tensor([2.0, 2.0, 2.0])
print(m.grad_fn._saved_other)
y.sum().backward()
try:
    y.grad_fn._saved_self
except RuntimeError as err:
    print("RuntimeError:", err)
print(x.grad)
