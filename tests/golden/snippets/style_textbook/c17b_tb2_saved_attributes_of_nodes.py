# A node keeps what it saved: _saved_self, _saved_other, _saved_result.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
m = a * b
print(m.grad_fn._saved_self, m.grad_fn._saved_other)
e = a.exp()
print(torch.equal(e.grad_fn._saved_result, e), e.grad_fn.name())
p = a.pow(3)
print(p.grad_fn._saved_exponent, p.grad_fn._saved_self is a)
s = a.sum()
print(s.grad_fn._saved_self_sym_sizes)
