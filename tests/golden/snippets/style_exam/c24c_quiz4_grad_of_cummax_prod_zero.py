# Quiz D2: gradients of cummax and of prod with zeros
import torch

x = torch.tensor([1.0, 3.0, 2.0, 3.0], requires_grad=True)
x.cummax(0).values.sum().backward()
print(x.grad)
y = torch.tensor([2.0, 0.0, 3.0], requires_grad=True)
y.prod().backward()
print(y.grad)
z = torch.tensor([0.0, 0.0, 3.0], requires_grad=True)
z.prod().backward()
print(z.grad)
