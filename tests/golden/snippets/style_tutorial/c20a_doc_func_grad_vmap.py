# torch.func.grad, vmap, jacrev, jacfwd, hessian reference examples
import torch
from torch.func import grad, hessian, jacfwd, jacrev, vmap

x = torch.randn([])
cos_x = grad(lambda x: torch.sin(x))(x)
print(torch.allclose(cos_x, x.cos()))
neg_sin_x = grad(grad(lambda x: torch.sin(x)))(x)
print(torch.allclose(neg_sin_x, -x.sin()))
batched_dot = vmap(torch.dot)
torch.manual_seed(0)
a, b = torch.randn(2, 5), torch.randn(2, 5)
print(batched_dot(a, b))
x = torch.randn(3)
print(jacrev(torch.sin)(x).diagonal().allclose(x.cos()))
print(jacfwd(torch.sin)(x).shape, hessian(lambda t: t.pow(3).sum())(x).diagonal())
print(vmap(torch.sum, in_dims=1)(torch.arange(6.).view(2, 3)))
