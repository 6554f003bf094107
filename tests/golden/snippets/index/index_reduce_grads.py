# Gradients through index_reduce: products, means and maxima of rows gathered by an index
import torch

x = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
src = torch.tensor([[2., 0.5], [1., 3.], [4., 2.]], requires_grad=True)
index = torch.tensor([0, 2, 0])
for reduce in ["prod", "mean", "amax", "amin"]:
    for include_self in [True, False]:
        y = x.index_reduce(0, index, src, reduce, include_self=include_self)
        x.grad = src.grad = None
        (y * torch.tensor([1., 2.])).sum().backward()
        print(reduce, include_self, y.grad_fn)
        print(y.detach(), x.grad, src.grad, sep="\n")
# a tie shares the gradient; a zero in the product still gets one
y = torch.index_reduce(torch.ones(2), 0, torch.tensor([0, 0]), torch.tensor([1., 1.], requires_grad=True), "amax")
print(torch.autograd.grad(y.sum(), y.grad_fn.next_functions[1][0].variable))
s = torch.tensor([0., 5., 0., 2.], requires_grad=True)
y = torch.ones(2).index_reduce(0, torch.tensor([0, 0, 1, 1]), s, "prod")
g, = torch.autograd.grad(y.sum(), s, create_graph=True)
print(g, g.grad_fn)
print(torch.autograd.grad(g.sum(), s))
