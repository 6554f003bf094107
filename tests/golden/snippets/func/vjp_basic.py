import torch
from torch.func import vjp

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([0.5, -1.0, 2.0])
out, vjp_fn = vjp(lambda a, b: a.exp() * b, x, y)
print(out)
print(vjp_fn)
print(vjp_fn(torch.ones(3)))
print(vjp_fn(torch.tensor([1.0, 0.0, 0.0])))

# several outputs: one cotangent each
out, vjp_fn = vjp(lambda a: (a.sin(), a.cos()), x)
print(out)
(gx,) = vjp_fn((torch.ones(3), torch.ones(3)))
print(gx)
out, vjp_fn, aux = vjp(lambda a: (a ** 2, a.mean()), x, has_aux=True)
print(out, aux, vjp_fn(torch.ones(3)))
