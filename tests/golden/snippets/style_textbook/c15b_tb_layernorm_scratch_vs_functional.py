# Layer normalization from scratch (biased variance, eps inside the root) versus F.layer_norm.
import torch
import torch.nn.functional as F

torch.manual_seed(21)
X = torch.randn(2, 3, 4, requires_grad=True)
eps = 1e-5
mean = X.mean(dim=-1, keepdim=True)
var = ((X - mean) ** 2).mean(dim=-1, keepdim=True)
manual = (X - mean) / torch.sqrt(var + eps)
builtin = F.layer_norm(X, (4,), eps=eps)
print(torch.allclose(manual, builtin, atol=1e-6))
print(builtin.grad_fn.name())
print(builtin[0, 0], builtin.mean(-1)[0])
g = torch.randn(2, 3, 4)
ga, = torch.autograd.grad(manual, X, g, retain_graph=True)
gb, = torch.autograd.grad(builtin, X, g)
print(torch.allclose(ga, gb, atol=1e-5))
print(torch.var(X[0, 0], unbiased=False), var[0, 0])
