# Exercise 7.A: special functions of integer tensors promote to float
import torch

k = torch.tensor([0, 1, 2])
for name in ("expit", "erf", "erfc", "gammaln", "digamma", "i0", "i0e", "log1p", "expm1", "exp2", "ndtr", "sinc", "entr"):
    out = getattr(torch.special, name)(k)
    print(name, out.dtype, out)
print(torch.special.xlogy(k, 2), torch.special.logit(k).dtype)
