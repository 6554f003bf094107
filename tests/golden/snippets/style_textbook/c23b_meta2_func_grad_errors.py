import torch
from torch.func import grad

def vec_out(x):
    return x * 2

try:
    grad(vec_out)(torch.tensor([1.0, 2.0]))
except Exception as e:
    print(type(e).__name__, e)
try:
    grad(lambda x: (x ** 2).sum())(torch.tensor([1, 2]))
except Exception as e:
    print(type(e).__name__, str(e)[:90])
try:
    grad(lambda x: 3.0)(torch.tensor(1.0))
except Exception as e:
    print(type(e).__name__, e)
print(grad(lambda x, y: (x * y).sum(), argnums=1)(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])))
