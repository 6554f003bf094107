# Transposes, matrix products, and element-wise powers on small tensors.
import torch

torch.manual_seed(28)
x = torch.rand(2, 3)
print(x.T)
print(x @ x.T)
print(x ** 2, torch.pow(x, 3))
print(torch.stack([x, x]).shape, torch.cat([x, x]).shape)
print(x.clamp(0.2, 0.8))
print(torch.max(x), torch.max(x, 1))
