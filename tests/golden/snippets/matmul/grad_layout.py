import torch

# A gradient comes out laid out as its input: nn.Linear's weight.t() is column-major.
torch.manual_seed(0)
layer = torch.nn.Linear(4, 3)
layer(torch.randn(5, 4)).sum().backward()
print(layer.weight.grad.stride(), layer.weight.grad.is_contiguous())
print(layer.bias.grad.stride())

a = torch.randn(3, 2, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
out = a.t() @ b          # a.t() is column-major
out.sum().backward()
print(a.grad.stride(), b.grad.stride())

m = torch.randn(4, 3, requires_grad=True)
n = torch.randn(4, 2, requires_grad=True)
torch.addmm(torch.zeros(3, 2), m.t(), n).sum().backward()
print(m.grad.stride(), n.grad.stride(), m.grad.is_contiguous())

# A column-major leaf: its gradient is column-major too.
c = torch.randn(2, 3).t().detach().requires_grad_()
(torch.ones(4, 3) @ c).sum().backward()
print(c.stride(), c.grad.stride())
print(a.grad, b.grad, m.grad, c.grad, sep="\n")

# A gradient that arrives in another layout is copied into the leaf's own.
d = torch.randn(2, 3).t().detach().requires_grad_()
(d * 2).sum().backward()
print(d.stride(), d.grad.stride(), d.grad.is_contiguous())
e = torch.randn(3, 4)[:, ::2].detach().requires_grad_()
(e * 2).sum().backward()
print(e.stride(), e.grad.stride())
