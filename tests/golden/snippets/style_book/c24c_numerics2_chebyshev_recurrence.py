# Section 9.5: Chebyshev polynomials by recurrence vs torch.special
import torch

nodes = torch.tensor([-1.0, -0.5, 0.0, 0.3, 1.0], dtype=torch.float64)
cheb = [torch.ones_like(nodes), nodes]
for n in range(2, 5):
    cheb.append(2 * nodes * cheb[-1] - cheb[-2])
print(cheb[4])
print(torch.special.chebyshev_polynomial_t(nodes, 4))
print(torch.special.hermite_polynomial_h(nodes, 3))
print(torch.special.legendre_polynomial_p(nodes, 2))
