"""Why does backward() need a scalar? A short explanation with code."""
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x  # y is a vector, not a scalar

try:
    y.backward()
except RuntimeError as e:
    print(f"RuntimeError: {e}")

# Option 1: reduce to a scalar
y.sum().backward(retain_graph=True)
print("Option 1:", x.grad)

# Option 2: pass a 'gradient' of ones (the vector in the vector-Jacobian product)
x.grad.zero_()
y.backward(gradient=torch.ones_like(y))
print("Option 2:", x.grad)
