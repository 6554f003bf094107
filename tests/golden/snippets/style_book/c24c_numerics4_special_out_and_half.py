# Exercise 7.B: out= and half precision in torch.special
import torch

x = torch.tensor([0.25, 0.5, 2.0])
buf = torch.empty(3)
r = torch.special.erf(x, out=buf)
print(r is buf, buf)
print(torch.special.expit(x.half()), torch.special.i0(x.bfloat16()))
for name in ("ndtri", "log_ndtr", "erfinv", "i1", "zeta"):
    try:
        f = getattr(torch.special, name)
        print(name, f(x.half()) if name != "zeta" else f(x.half(), x.half()))
    except (RuntimeError, NotImplementedError) as e:
        print(name, type(e).__name__, e)
