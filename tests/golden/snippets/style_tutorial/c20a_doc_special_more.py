# torch.special: polygamma, multigammaln, log_ndtr, ndtri, i0e, i1, xlog1py, zeta, bessel_j0
import torch

a = torch.tensor([1, 0.5])
print(torch.special.polygamma(1, a), torch.special.polygamma(2, a))
print(torch.special.multigammaln(torch.tensor([[1.6, 2.2], [3.0, 4.5]]), 2))
print(torch.special.log_ndtr(torch.tensor([-3., -2, -1, 0, 1, 2, 3])))
print(torch.special.ndtri(torch.tensor([0, 0.25, 0.5, 0.75, 1])))
print(torch.special.i0e(torch.arange(5, dtype=torch.float32)))
print(torch.special.i1(torch.arange(5, dtype=torch.float32)))
print(torch.special.xlog1py(torch.tensor([1., 2., 0.]), torch.tensor([3., 2., -1.])))
print(torch.special.zeta(torch.tensor([2., 4.]), 1))
print(torch.special.bessel_j0(torch.tensor([0., 1., 2.5])))
