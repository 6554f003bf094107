import torch

# Q40. A hook doubles the gradient of y. What is x.grad?
x = torch.tensor(3.0, requires_grad=True)
y = x * x
h = y.register_hook(lambda g: g * 2)
z = y + 1
z.backward()
print(x.grad)
h.remove()
x.grad = None
(x * x + 1).backward()
print(x.grad)
