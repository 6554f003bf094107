# a gradient hook that prints and returns the wrong thing
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.register_hook(lambda g: print("grad seen:", g))
y.sum().backward()
print(x.grad)
x.grad = None
z = x * 2
z.register_hook(lambda g: g[:2])
z.sum().backward()
