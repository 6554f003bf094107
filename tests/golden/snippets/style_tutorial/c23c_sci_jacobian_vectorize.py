# jacobian(..., vectorize=True) and strategy on an elementwise map: a diagonal Jacobian.
import torch
from torch.autograd.functional import jacobian

f = lambda x: x ** 2 + 1
x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
print(jacobian(f, x))
print(jacobian(f, x, vectorize=True))
print(jacobian(f, x, strategy="forward-mode", vectorize=True))
J = jacobian(lambda a, b: a * b, (x, 2 * x))
print(type(J).__name__, len(J), J[1])
