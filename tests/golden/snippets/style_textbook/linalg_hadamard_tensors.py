# Hadamard product, a scalar with a 3-D tensor, and clone.
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = A.clone()
print(A * B)
a = 2
X = torch.arange(24).reshape(2, 3, 4)
print(a + X, (a * X).shape)
print(torch.arange(24).reshape(2, 3, 4).sum(dim=(1, 2)))
