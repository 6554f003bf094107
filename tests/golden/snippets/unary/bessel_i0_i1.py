# The modified Bessel functions: torch.i0 and torch.special.i0/i0e/i1/i1e, values at full
# precision (both branches of the series, the edges, inf and nan), gradients, second derivatives.
import torch

torch.set_printoptions(precision=8)
x = torch.tensor([-9.0, -2.5, -1e-30, 0.0, 0.3, 1.0, 7.9, 8.0, 12.0, 100.0, float("inf"), float("nan")],
                 requires_grad=True)
for f in (torch.i0, torch.special.i0, torch.special.i0e, torch.special.i1, torch.special.i1e):
    y = f(x)
    print(f.__name__, y, y.grad_fn.name())
    (g,) = torch.autograd.grad(y.sum(), x)
    print(g)

# A spread of float32 and float64 inputs: each printed to the last bit.
r = torch.linspace(-20, 20, 41)
print(torch.i0(r).tolist())
print(torch.special.i1(r).tolist())
print(torch.special.i0e(r.double()).tolist())
print(torch.special.i1e(r.double()).tolist())

xd = torch.tensor([0.0, 1e-20, 0.5, 3.0, -4.0], dtype=torch.float64, requires_grad=True)
for f in (torch.special.i1, torch.special.i1e, torch.special.i0e, torch.i0):
    (g,) = torch.autograd.grad(f(xd).sum(), xd, create_graph=True)
    print(g, g.grad_fn.name())
    (g2,) = torch.autograd.grad(g.sum(), xd)
    print(g2)

# Integers and bools become float32; float16 and bfloat16 are computed in float32.
print(torch.i0(torch.tensor([1, 2, 3])), torch.special.i1(torch.tensor([1, 2])).dtype)
print(torch.i0(torch.tensor([True, False])))
print(torch.i0(torch.tensor([1.5, 2.0], dtype=torch.float16)),
      torch.special.i1e(torch.tensor([1.5, 2.0], dtype=torch.bfloat16)))
t = torch.tensor([0.5, 1.5])
print(t.i0(), t.i0_(), t)
print(torch.tensor(3.0).i0(), torch.special.i0(torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
o = torch.empty(2)
print(torch.special.i0e(torch.tensor([1.0, 2.0]), out=o), o)
u = torch.tensor([0.25, 4.0])
torch.i0_(u)
print(u)
try:
    torch.special.i0(3.0)
except TypeError as e:
    print("TypeError:", e)
