# Exercise 7.E: special functions writing into out= of another dtype
import torch

x = torch.tensor([0.5, 1.5])
for name in ("erf", "expit", "gammaln", "i0", "log_ndtr", "ndtri", "entr", "sinc"):
    out = torch.empty(2, dtype=torch.float64)
    try:
        r = getattr(torch.special, name)(x, out=out)
        print(name, r.dtype, r.round(decimals=4))
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
