import torch

x = torch.tensor(2., requires_grad=True)
y = x ** 2
y.backward()
print(x.grad)
y.backward()
