# HW1: the derivative of a polynomial (numpy.polyder) vs autograd
import numpy as np
import torch

coeffs = [2.0, -3.0, 0.5, 1.0]  # 2x^3 - 3x^2 + 0.5x + 1
xs = torch.tensor([-1.0, 0.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
poly = sum(c * xs ** (len(coeffs) - 1 - i) for i, c in enumerate(coeffs))
poly.sum().backward()
ref = np.polyval(np.polyder(coeffs), xs.detach().numpy())
print(xs.grad)
print(ref)
print("PASS" if np.allclose(xs.grad.numpy(), ref) else "FAIL")
