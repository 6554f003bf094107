import torch

# Q22. y is a view of the non-leaf x2; y is modified in-place. What is a.grad?
a = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
x2 = a * 1
y = x2[1:3]
y.mul_(10)
print(x2.grad_fn.name(), y.grad_fn.name())
x2.sum().backward()
print(a.grad)
