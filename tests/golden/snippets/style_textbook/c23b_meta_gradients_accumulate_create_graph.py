import torch

x = torch.tensor(1.5, requires_grad=True)
for i in range(3):
    y = x ** 2
    y.backward(create_graph=True)
    print(i, x.grad, x.grad.requires_grad)
x.grad = None
y = x ** 3
y.backward(create_graph=True)
gg, = torch.autograd.grad(x.grad, x)
print(gg)
