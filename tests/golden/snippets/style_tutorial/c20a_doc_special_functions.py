# torch.special: expit, logit, erf, erfc, erfinv, gammaln, digamma, xlogy, entr, sinc
import torch

a = torch.tensor([0.25, 0.5, 0.75])
print(torch.special.expit(torch.tensor([-1., 0., 1.])))
print(torch.special.logit(a))
print(torch.special.logit(torch.tensor([0., 1.]), eps=1e-6))
print(torch.special.erf(torch.tensor([0, -1., 10.])))
print(torch.special.erfc(torch.tensor([0, -1., 10.])))
print(torch.special.erfinv(torch.tensor([0, 0.5, -1.])))
print(torch.special.gammaln(torch.arange(0.5, 2, 0.5)))
print(torch.special.digamma(torch.tensor([1, 0.5])))
print(torch.special.xlogy(torch.zeros(3), torch.tensor([0., 1., float('nan')])))
print(torch.special.entr(torch.arange(-0.5, 1, 0.5)))
print(torch.special.sinc(torch.tensor([0., 0.5, 1.])))
