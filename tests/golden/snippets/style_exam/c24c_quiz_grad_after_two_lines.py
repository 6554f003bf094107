# Quiz 1: what is x.grad after these lines?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x + 2 * x
y.sum().backward()
print("x.grad =", x.grad)
# Q1b: and after running the same two lines again?
y = x * x + 2 * x
y.sum().backward()
print("x.grad =", x.grad)
x.grad.zero_()
print("after zero_:", x.grad)
