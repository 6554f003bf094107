# cs231n batchnorm: the simplified backward formula in one line vs autograd through the forward pass.
import torch

def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(0)
    var = x.var(0, unbiased=False)
    xhat = (x - mu) / torch.sqrt(var + eps)
    return gamma * xhat + beta, (xhat, var, eps, gamma)

def batchnorm_backward_alt(dout, cache):
    xhat, var, eps, gamma = cache
    N = dout.shape[0]
    dbeta = dout.sum(0)
    dgamma = (dout * xhat).sum(0)
    dxhat = dout * gamma
    dx = (1.0 / N) / torch.sqrt(var + eps) * (N * dxhat - dxhat.sum(0) - xhat * (dxhat * xhat).sum(0))
    return dx, dgamma, dbeta

torch.manual_seed(231)
N, D = 100, 5
x = (5 * torch.randn(N, D, dtype=torch.float64) + 12).requires_grad_()
gamma = torch.randn(D, dtype=torch.float64, requires_grad=True)
beta = torch.randn(D, dtype=torch.float64, requires_grad=True)
dout = torch.randn(N, D, dtype=torch.float64)
out, cache = batchnorm_forward(x, gamma, beta)
print("means:", out.mean(0).detach())
print("stds:", out.std(0).detach())
out.backward(dout)
dx, dgamma, dbeta = batchnorm_backward_alt(dout, tuple(c.detach() if torch.is_tensor(c) else c for c in cache))
print("dx difference: ", (dx - x.grad).abs().max().item() < 1e-12)
print("dgamma difference: ", (dgamma - gamma.grad).abs().max().item())
print("dbeta difference: ", (dbeta - beta.grad).abs().max().item())
bn = torch.nn.BatchNorm1d(D, dtype=torch.float64)
with torch.no_grad():
    bn.weight.copy_(gamma)
    bn.bias.copy_(beta)
print(torch.allclose(bn(x), out))
print(bn.running_mean)
print(bn.num_batches_tracked)
