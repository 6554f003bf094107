# torch.gradient (finite differences on a grid) vs autograd's exact derivative
import torch
xs = torch.linspace(0, 2, 9)
ys = xs ** 3
(num,) = torch.gradient(ys, spacing=(xs,))
x = xs.clone().requires_grad_()
(exact,) = torch.autograd.grad((x ** 3).sum(), x)
print(num)
print(exact)
print(torch.gradient(ys, spacing=0.25, edge_order=2)[0])
print(torch.diff(ys) / torch.diff(xs))
