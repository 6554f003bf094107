import torch
from torch.func import grad

x = torch.tensor([1.0, 2.0, 3.0])
print(grad(lambda x: (x ** 2).sum())(x))
# forgetting the .sum(): grad needs a scalar output
grad(lambda x: x ** 2)(x)
