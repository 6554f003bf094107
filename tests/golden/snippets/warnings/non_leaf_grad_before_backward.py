import torch

x = torch.tensor(3., requires_grad=True)
y = x ** 2
print(y.grad)
print("still running")
(x * 1).grad
