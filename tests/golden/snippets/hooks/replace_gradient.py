import torch

x = torch.tensor([1., 2.], requires_grad=True)
h = x.register_hook(lambda grad: grad * 10)
(x ** 2).sum().backward()
print(x.grad)
h.remove()
x.grad = None
(x ** 2).sum().backward()
print(x.grad)
