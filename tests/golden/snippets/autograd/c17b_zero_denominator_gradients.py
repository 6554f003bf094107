# Gradients where a formula divides by zero: atan2 at the origin (and where x*x + y*y
# underflows), a zero base to a tensor power, and one element's var and std.
import torch
import torch.autograd.forward_ad as fwAD

y = torch.tensor([0.0, 0.0, 1e-30, 1.0], requires_grad=True)
x = torch.tensor([0.0, -0.0, 1e-30, 2.0], requires_grad=True)
torch.atan2(y, x).sum().backward()
print(y.grad, x.grad)
with fwAD.dual_level():
    d = fwAD.make_dual(y.detach(), torch.ones(4))
    print(fwAD.unpack_dual(torch.atan2(d, x.detach())).tangent)
e = torch.tensor([-2.0, -0.5, 0.0, 0.5, 3.0], requires_grad=True)
(0.0 ** e).sum().backward()
print(e.grad)
e.grad = None
torch.pow(-0.0, e).sum().backward()
print(e.grad)
one = torch.tensor([[2.0], [5.0]], requires_grad=True)
one.var(dim=1).sum().backward()
print(one.grad)
