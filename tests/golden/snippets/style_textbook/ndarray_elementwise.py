# Element-wise operators on same-shape tensors, and exp.
import torch

x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([2, 2, 2, 2])
print(x + y, x - y, x * y, x / y, x ** y)
print(torch.exp(x))
print((x ** y).dtype, (x / y).dtype)
