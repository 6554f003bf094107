# The Hurwitz zeta function: zeta(2, 1) = pi^2 / 6, and its gradient in q
import math
import torch

s = torch.tensor([2.0, 3.0, 4.0, 6.0])
print(torch.special.zeta(s, 1.0), math.pi ** 2 / 6)
print(torch.special.zeta(torch.tensor([2.0, 1.0, 0.5, 3.0]), torch.tensor([-1.0, 2.0, 2.0, -2.5])))
q = torch.tensor([0.5, 1.0, 2.0, 10.0], dtype=torch.float64, requires_grad=True)
y = torch.special.zeta(3.0, q)
print(y, y.grad_fn)
y.sum().backward()
print(q.grad)
x = torch.tensor([2.0, 3.0], requires_grad=True)
z = torch.special.zeta(x, 2.0)
print(z.grad_fn)
try:
    z.sum().backward()
except NotImplementedError as e:
    print(e)
print(torch.special.zeta(torch.tensor([2, 3]), torch.tensor([1, 2])))
with torch.autograd.forward_ad.dual_level():
    try:
        torch.special.zeta(2.0, torch.autograd.forward_ad.make_dual(q.detach(), torch.ones(4, dtype=torch.float64)))
    except NotImplementedError as e:
        print(str(e).splitlines()[0])
try:
    torch.special.zeta(torch.tensor([2.0]).half(), 1.0)
except NotImplementedError as e:
    print(e)
