# Chebyshev and Legendre recurrences at x = 0 keep PyTorch's signed zeros (float64 and float32).
import torch

for dtype in (torch.float64, torch.float32):
    x = torch.tensor([0.0, -0.0, 0.5], dtype=dtype)
    for n in range(1, 6):
        t = torch.special.chebyshev_polynomial_t(x, n)
        u = torch.special.chebyshev_polynomial_u(x, n)
        print(dtype, n, t.tolist(), u.tolist(), torch.special.legendre_polynomial_p(x, n).tolist())
print(torch.special.hermite_polynomial_he(torch.tensor([0.0, -0.0], dtype=torch.float64), 3))
