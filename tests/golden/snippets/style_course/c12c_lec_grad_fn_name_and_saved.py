# Lecture: what does a grad_fn remember? Names and saved tensors.
import torch

x = torch.tensor([1.5, -2.0, 0.25], requires_grad=True)
y = torch.tensor([0.5, 4.0, -1.0], requires_grad=True)
z = x * y
print(z.grad_fn.name())
print(z.grad_fn._saved_self)
print(z.grad_fn._saved_other)
e = torch.exp(x)
print(e.grad_fn.name(), e.grad_fn._saved_result)
p = x.pow(3)
print(p.grad_fn.name(), p.grad_fn._saved_self, p.grad_fn._saved_exponent)
s = z.sum()
print(s.grad_fn.name(), s.grad_fn._saved_self_sym_sizes)
s.backward()
print(x.grad)
print(y.grad)
