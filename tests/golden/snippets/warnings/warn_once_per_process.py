import torch

# Some warnings are shown once per process, not once per line.
a = torch.zeros(2, 3, 4)
print(a.T.shape)
b = torch.zeros(5, 6, 7)
print(b.T.shape)
x = torch.tensor([1., 2.], requires_grad=True)
(x ** 2).sum().backward(create_graph=True)
x.grad = None
(x ** 3).sum().backward(create_graph=True)
print(x.grad)
x.grad = None
