import torch

x = torch.tensor(3., requires_grad=True)
y = x ** 2
y.register_hook(lambda g: print("hook sees", g) or g * 0.5)
print(torch.autograd.grad(y, x))
print(x.grad)
