import torch

x = torch.tensor([1., 2.], requires_grad=True)
(x ** 2).sum().backward(create_graph=True)
print(x.grad)
x.grad = None
