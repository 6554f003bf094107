import torch

# Q2. Same as Q1 but the gradient is zeroed between the two calls.
x = torch.tensor(3.0, requires_grad=True)
(x ** 2).backward()
print("after first:", x.grad)
x.grad.zero_()
(4 * x).backward()
print("after second:", x.grad)
x.grad = None
(x * x * x).backward()
print("after third:", x.grad)
