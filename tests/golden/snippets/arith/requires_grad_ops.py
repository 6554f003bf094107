import torch

x = torch.tensor([1., 2.], requires_grad=True)
print(x + 1)
print(x - 1)
print(x * 2)
print(x / 2)
print(x ** 2)
print(2 - x)
print(-x)
print(x @ x)
