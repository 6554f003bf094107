import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] * x[2]])
print(y)
v = torch.tensor([1., 1.])
y.backward(v)
print(x.grad)
