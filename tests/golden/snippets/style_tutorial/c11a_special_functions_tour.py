# torch.special tour: expit/logit, erf/erfinv, xlogy, log_softmax, entr and gammaln on small inputs.
import torch

x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0])
print(torch.special.expit(x))
p = torch.tensor([0.01, 0.25, 0.5, 0.75, 0.99])
print(torch.special.logit(p))
print(torch.special.logit(torch.tensor([0.0, 1.0]), eps=1e-6))
print(torch.special.erf(x), torch.special.erfc(x))
print(torch.special.erfinv(torch.tensor([-0.9, 0.0, 0.5])))
print(torch.special.xlogy(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([0.0, 3.0, 4.0])))
print(torch.special.entr(p))
print(torch.special.gammaln(torch.tensor([0.5, 1.0, 4.5, 10.0])))
print(torch.special.log_softmax(x, dim=0), torch.special.softmax(x, 0))
print(torch.special.log1p(torch.tensor([1e-8, 0.5])), torch.special.expm1(torch.tensor([1e-8, 1.0])))
print(torch.special.sinc(torch.tensor([0.0, 0.5, 1.0])))
print(torch.special.ndtr(x), torch.special.i0(x))
