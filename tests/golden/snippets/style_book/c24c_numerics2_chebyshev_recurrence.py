# Section 9.5: Chebyshev polynomials by recurrence vs torch.special
import torch

x = torch.tensor([-1.0, -0.5, 0.0, 0.3, 1.0], dtype=torch.float64)
T = [torch.ones_like(x), x]
for n in range(2, 5):
    T.append(2 * x * T[-1] - T[-2])
print(T[4])
print(torch.special.chebyshev_polynomial_t(x, 4))
print(torch.special.hermite_polynomial_h(x, 3))
print(torch.special.legendre_polynomial_p(x, 2))
