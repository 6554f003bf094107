# cs231n batchnorm_backward: staged manual derivation vs the compact formula vs autograd (float64).
import torch

torch.manual_seed(231)
N, D = 6, 4
x = (5 * torch.randn(N, D, dtype=torch.float64) + 12).requires_grad_()
gamma = torch.randn(D, dtype=torch.float64, requires_grad=True)
beta = torch.randn(D, dtype=torch.float64, requires_grad=True)
dout = torch.randn(N, D, dtype=torch.float64)
eps = 1e-5
mu = x.mean(0)
var = x.var(0, unbiased=False)
xhat = (x - mu) / torch.sqrt(var + eps)
out = gamma * xhat + beta
out.backward(dout)
with torch.no_grad():
    xc = x - mu
    std = torch.sqrt(var + eps)
    dbeta = dout.sum(0)
    dgamma = (dout * xhat).sum(0)
    dxhat = dout * gamma
    dxc = dxhat / std
    dstd = -(dxhat * xc / std ** 2).sum(0)
    dvar = 0.5 * dstd / std
    dxc += (2.0 / N) * xc * dvar
    dmu = dxc.sum(0)
    dx = dxc - dmu / N
    dx_alt = (gamma / (N * std)) * (N * dxhat / gamma - dgamma * xhat - dbeta)
print(torch.allclose(dx, x.grad), torch.allclose(dx_alt, x.grad))
print(torch.allclose(dgamma, gamma.grad), torch.equal(dbeta, beta.grad))
print(f"{(dx - x.grad).abs().max().item():.3e}")
print(out.mean(0))
print(out.std(0, unbiased=False))
print(x.grad.sum(0))
