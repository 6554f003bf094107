# torch.func: jvp, vjp and linearize of the same function, compared with each other
import torch
from torch.func import jvp, vjp, linearize, jacfwd

def f(x):
    return torch.stack([x[0] * x[1], x[1].exp(), x.sum().sin()])

x = torch.tensor([0.5, -0.25, 1.0])
t = torch.tensor([1.0, 0.0, 0.0])
out, tangent_out = jvp(f, (x,), (t,))
print(out)
print(tangent_out)
out2, vjp_fn = vjp(f, x)
(cot,) = vjp_fn(torch.tensor([1.0, 0.0, 1.0]))
print(cot)
_, jvp_fn = linearize(f, x)
print(torch.allclose(jvp_fn(t), tangent_out), jvp_fn(torch.ones(3)))
J = jacfwd(f)(x)
print(J)
print(torch.allclose(J @ torch.ones(3), jvp_fn(torch.ones(3))))
