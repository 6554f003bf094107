# Let's verify the chain rule with autograd!
import torch

# We'll compute z = sin(y), where y = x^2
x = torch.tensor(1.5, requires_grad=True)
y = x ** 2          # dy/dx = 2x
z = torch.sin(y)    # dz/dy = cos(y)

z.backward()

manual = torch.cos(x ** 2) * 2 * x  # chain rule: dz/dx = cos(x^2) * 2x
print("Autograd gradient:", x.grad)
print("Manual gradient:  ", manual)
print("Match?", torch.allclose(x.grad, manual))
print("Graph:", z.grad_fn, "->", z.grad_fn.next_functions)
