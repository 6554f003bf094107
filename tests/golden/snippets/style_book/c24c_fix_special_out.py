# Section 7.F (proof for the engine fix): torch.special functions with out=, entr/xlog1py/sinc too
import torch
x = torch.tensor([0.5, 1.5])
for name in ("erf", "expit", "gammaln", "i0", "log_ndtr", "ndtri", "entr", "sinc", "xlog1py", "logit", "erfinv", "digamma"):
    for odt in (torch.float64, torch.int64):
        out = torch.empty(2, dtype=odt)
        try:
            f = getattr(torch.special, name)
            r = f(x, x, out=out) if name == "xlog1py" else f(x, out=out)
            print(name, r.dtype, r.round(decimals=4), r is out)
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
print(torch.sinc(x, out=torch.empty(2)), torch.special.entr(x.double(), out=torch.empty(0)))
