import torch

# Exam B3-16. Masked assignment and its gradient.
x = torch.tensor([-1.0, 2.0, -3.0, 4.0], requires_grad=True)
y = x.clone()
y[y < 0] = 0.0
y.sum().backward()
print(y, x.grad)
z = x.masked_fill(x > 0, 1.0)
print(z, z.grad_fn.name())
