# batch-norm backward derived by hand vs autograd
import torch

torch.manual_seed(12)
x = torch.randn(6, 3, requires_grad=True)
gamma = torch.rand(3, requires_grad=True)
beta = torch.randn(3, requires_grad=True)
eps = 1e-5
mu = x.mean(0)
var = x.var(0, unbiased=False)
xhat = (x - mu) / torch.sqrt(var + eps)
y = gamma * xhat + beta
dy = torch.randn(6, 3)
y.backward(dy)
N = x.shape[0]
with torch.no_grad():
    dxhat = dy * gamma
    dx = (N * dxhat - dxhat.sum(0) - xhat * (dxhat * xhat).sum(0)) / (N * torch.sqrt(var + eps))
    dgamma = (dy * xhat).sum(0)
print(torch.allclose(dx, x.grad, atol=1e-5))
print(dgamma, gamma.grad)
print(dy.sum(0), beta.grad)
