import torch
from torch.func import grad, vmap, jacrev, hessian


def loss(w, x, y):
    return ((x @ w - y) ** 2).mean()


torch.manual_seed(1)
w = torch.randn(3)
X = torch.randn(5, 3)
Y = torch.randn(5)
g = grad(loss)(w, X, Y)
print(g)
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, X.unsqueeze(1), Y.unsqueeze(1))
print(per_sample.shape, torch.allclose(per_sample.mean(0), g, atol=1e-6))
print(hessian(loss)(w, X, Y))
print(jacrev(lambda v: v.sin() * v)(torch.tensor([0.0, 1.0])))
