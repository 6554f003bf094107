# per-example gradients the JAX way: vmap(grad(f)) with in_axes
import torch
from torch.func import grad, vmap

def sample_loss(w, xi, yi):
    return (torch.dot(w, xi) - yi) ** 2

torch.manual_seed(0)
X = torch.randn(4, 3)
Y = torch.randn(4)
w = torch.randn(3)
per_ex = vmap(grad(sample_loss), in_dims=(None, 0, 0))(w, X, Y)
print(per_ex.shape)
print(per_ex)
mean_g = grad(lambda w: sum(sample_loss(w, X[i], Y[i]) for i in range(4)) / 4)(w)
print(torch.allclose(per_ex.mean(0), mean_g))
