# jacrev w.r.t. the second argument, and chunk_size for memory
import torch
from torch.func import jacrev

def residual(params, x):
    a, b = params[0], params[1]
    return a * x ** 2 + b * x

x = torch.linspace(0, 1, 4, dtype=torch.float64)
p = torch.tensor([1.0, -1.0], dtype=torch.float64)
J = jacrev(residual, argnums=0)(p, x)
print(J)
print(torch.equal(jacrev(residual, argnums=0, chunk_size=1)(p, x), J))
print(jacrev(residual, argnums=(0, 1))(p, x)[1].shape)
