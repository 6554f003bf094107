# "Jacobians, Hessians, hvp, vhp, and more": jacrev, jacfwd and hessian of a small predict function.
import torch
from torch.func import hessian, jacfwd, jacrev, vmap

torch.manual_seed(0)

def predict(weight, bias, x):
    return torch.nn.functional.linear(x, weight, bias).tanh()

D = 4
weight = torch.randn(D, D)
bias = torch.randn(D)
x = torch.randn(D)
jacobian = jacrev(predict, argnums=2)(weight, bias, x)
print(jacobian.shape)
print(jacobian[0])
ft_jacobian = jacfwd(predict, argnums=2)(weight, bias, x)
print(torch.allclose(jacobian, ft_jacobian))
ft_jac_weight, ft_jac_bias = jacrev(predict, argnums=(0, 1))(weight, bias, x)
print(ft_jac_weight.shape, ft_jac_bias.shape)
hess = hessian(predict, argnums=2)(weight, bias, x)
print(hess.shape)
batch_x = torch.randn(3, D)
compute_batch_jacobian = vmap(jacrev(predict, argnums=2), in_dims=(None, None, 0))
print(compute_batch_jacobian(weight, bias, batch_x).shape)
