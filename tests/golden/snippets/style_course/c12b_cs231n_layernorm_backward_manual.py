# cs231n layernorm_forward and a hand-derived backward against autograd and F.layer_norm (float64).
import torch
import torch.nn.functional as F

torch.manual_seed(7)
N, D = 4, 5
x = (torch.randn(N, D, dtype=torch.float64) * 3 + 2).requires_grad_()
gamma = torch.linspace(0.5, 1.5, D, dtype=torch.float64).requires_grad_()
beta = torch.linspace(-0.2, 0.2, D, dtype=torch.float64).requires_grad_()
eps = 1e-5
mu = x.mean(1, keepdim=True)
var = x.var(1, unbiased=False, keepdim=True)
xhat = (x - mu) / torch.sqrt(var + eps)
out = gamma * xhat + beta
ref = F.layer_norm(x, (D,), gamma, beta, eps)
print('forward max diff', (out - ref).abs().max().item() < 1e-12)
print('row means', out.detach().mean(1))
dout = torch.randn(N, D, dtype=torch.float64)
out.backward(dout)
with torch.no_grad():
    dxhat = dout * gamma
    inv = 1.0 / torch.sqrt(var + eps)
    dx = inv / D * (D * dxhat - dxhat.sum(1, keepdim=True) - xhat * (dxhat * xhat).sum(1, keepdim=True))
    dgamma = (dout * xhat).sum(0)
    dbeta = dout.sum(0)
print('dx', (dx - x.grad).abs().max().item() < 1e-12)
print('dgamma', torch.allclose(dgamma, gamma.grad), 'dbeta', torch.equal(dbeta, beta.grad))
print(ref.grad_fn.name(), out.grad_fn.name())
print(x.grad.sum(1))
