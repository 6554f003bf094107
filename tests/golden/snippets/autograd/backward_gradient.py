import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * 2
y.backward(gradient=torch.tensor([1., 0.1, 0.01]))
print(x.grad)
x.grad = None
y2 = x ** 2
y2.backward(torch.ones_like(y2))
print(x.grad)
