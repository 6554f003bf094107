# Unary operators, numel and reshaping with an inferred dimension.
import torch

x = torch.arange(12, dtype=torch.float32)
print(x.numel(), x.shape)
X = x.reshape(3, -1)
print(X)
print(torch.exp(x[:4]))
print(torch.zeros((2, 3, 4)).shape, torch.ones((2, 3, 4)).sum())
print(torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]]))
y = torch.tensor([1.0, 2, 4, 8])
x = torch.tensor([2.0, 2, 2, 2])
print(x + y, x - y, x * y, x / y, x ** y)
