# torch.func.grad on a non-scalar output and on an integer input
import torch
from torch.func import grad

try:
    grad(lambda x: x * 2)(torch.tensor([1.0, 2.0], dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    grad(lambda x: (x * 2).sum())(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(grad(lambda x: (x * 2).sum())(torch.tensor([1.0, 2.0], dtype=torch.float64)))
