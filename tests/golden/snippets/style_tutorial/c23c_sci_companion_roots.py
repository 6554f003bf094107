# Polynomial roots from the eigenvalues of the companion matrix (complex output).
import torch

coeffs = torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64)  # x^2 + 1 (monic, high to low)
n = len(coeffs) - 1
C = torch.zeros(n, n, dtype=torch.float64)
C[0, :] = -coeffs[1:] / coeffs[0]
C[1:, :-1] = torch.eye(n - 1, dtype=torch.float64)
r = torch.linalg.eigvals(C)
print(r.dtype, r.shape)
print(sorted(round(z.imag, 6) for z in r.tolist()))
C2 = torch.tensor([[3.0, -2.0], [1.0, 0.0]], dtype=torch.float64)
print(torch.linalg.eigvals(C2).real.sort().values)
