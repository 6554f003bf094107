# Orthogonal polynomials in torch.special: Chebyshev, Hermite, Laguerre, Legendre
import torch
import torch.special as S

x = torch.linspace(-1, 1, 5)
for n in range(5):
    print(n, S.chebyshev_polynomial_t(x, n), S.legendre_polynomial_p(x, n))
print(S.chebyshev_polynomial_t(torch.tensor([0.3, 0.9]), 25))  # the trigonometric form from n = 7
print(S.chebyshev_polynomial_u(x, 3), S.chebyshev_polynomial_v(x, 3), S.chebyshev_polynomial_w(x, 10))
print(S.hermite_polynomial_h(x, 4), S.hermite_polynomial_he(x, 4))
print(S.laguerre_polynomial_l(torch.tensor([0.0, 0.5, 2.0, 10.0], dtype=torch.float64), 6))
t = torch.linspace(0, 1, 4)
print(S.shifted_chebyshev_polynomial_t(t, 3), S.shifted_chebyshev_polynomial_w(t, 9))
n = torch.tensor([0, 1, 2, 3, 4, 5])
print(S.legendre_polynomial_p(0.5, n), S.hermite_polynomial_h(torch.tensor(2), n))
print(S.chebyshev_polynomial_t(x, -1), S.chebyshev_polynomial_t(x, 2.7))
w = torch.tensor([0.2, 0.4], requires_grad=True)
print(S.chebyshev_polynomial_t(w, 3).requires_grad)
try:
    S.chebyshev_polynomial_t(torch.ones(2, 3), torch.ones(4))
except RuntimeError as e:
    print(e)
try:
    S.hermite_polynomial_h(x, degree=3)
except TypeError as e:
    print(e)
