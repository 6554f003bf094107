# torch.func.grad insists on a scalar output
import torch
from torch.func import grad
try:
    grad(lambda x: x * 2)(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(grad(lambda x: (x * 2).sum())(torch.tensor([1.0, 2.0])))
print(grad(lambda x, y: (x * y).sum(), argnums=(0, 1))(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])))
