# In-place reshapes and abs: what their nodes remember.
import torch

torch.manual_seed(0)
x = torch.randn(1, 3, 1, requires_grad=True)
y = x * 2
y.squeeze_(-1)
print(y.grad_fn.name(), y.grad_fn._saved_dim, y.grad_fn._saved_self_sym_sizes)
z = (x * 2).squeeze_((0, 2))
print(z.grad_fn.name(), z.grad_fn._saved_dim, z.shape)
v = torch.randn(3, requires_grad=True)
m = torch.randn(3, 4)
out = v @ m  # a vector times a matrix
print(out.grad_fn, out.grad_fn._saved_dim, out.grad_fn._saved_self_sym_sizes)
(g,) = torch.autograd.grad(x.abs().sum(), x, create_graph=True)
print(g.grad_fn, g.grad_fn.next_functions)
sg = g.grad_fn.next_functions[1][0]
print(sg.name(), sg._saved_self.shape, sg._saved_result.flatten())
