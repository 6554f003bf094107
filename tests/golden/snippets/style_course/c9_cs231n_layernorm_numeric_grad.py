# cs231n layer norm: forward by hand (per sample), numeric gradient of gamma vs autograd, and F.layer_norm.
import torch
import torch.nn.functional as F

def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(dim=1, keepdim=True)
    var = x.var(dim=1, unbiased=False, keepdim=True)
    return gamma * (x - mu) / torch.sqrt(var + eps) + beta

torch.manual_seed(231)
N, D = 4, 3
x = 5 * torch.randn(N, D, dtype=torch.float64) + 12
gamma = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
beta = torch.tensor([5.0, 6.0, 7.0], dtype=torch.float64, requires_grad=True)
out = layernorm_forward(x, gamma, beta)
print("means:", out.mean(dim=1).detach())
print("stds:", out.std(dim=1, unbiased=False).detach())
ref = F.layer_norm(x, (D,), gamma, beta)
print(torch.allclose(out, ref))
dout = torch.randn(N, D, dtype=torch.float64)
out.backward(dout)
h = 1e-5
num = torch.zeros(D, dtype=torch.float64)
with torch.no_grad():
    for i in range(D):
        gp = gamma.detach().clone(); gp[i] += h
        gm = gamma.detach().clone(); gm[i] -= h
        num[i] = ((layernorm_forward(x, gp, beta) - layernorm_forward(x, gm, beta)) * dout).sum() / (2 * h)
print((num - gamma.grad).abs().max() < 1e-8)
print(gamma.grad)
print(beta.grad, dout.sum(0))
ln = torch.nn.LayerNorm(D, elementwise_affine=False, dtype=torch.float64)
print(ln(x))
print(ln)
