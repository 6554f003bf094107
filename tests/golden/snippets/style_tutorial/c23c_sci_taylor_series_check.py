# Taylor coefficients of exp at 0 from repeated autograd derivatives.
import math
import torch

x = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
y = torch.exp(2 * x)
derivs = []
d = y
for k in range(5):
    derivs.append(round(d.item(), 10))
    (d,) = torch.autograd.grad(d, x, create_graph=True)
print(derivs)
print([round(v / math.factorial(k), 10) for k, v in enumerate(derivs)])
