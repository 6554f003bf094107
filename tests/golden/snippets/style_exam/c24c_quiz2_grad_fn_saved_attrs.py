# Quiz B18: peeking at what a node saved
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.pow(3)
print(y.grad_fn._saved_exponent, y.grad_fn._saved_self)
z = x.sum(dim=0, keepdim=True)
print(z.grad_fn._saved_dim, z.grad_fn._saved_keepdim, z.grad_fn._saved_self_sym_sizes)
m = x * 4
print(m.grad_fn._saved_other, m.grad_fn._saved_self)
