# eigenvalues of a damped oscillator matrix: real parts are decay rates (rounded)
import torch

c, k = 0.4, 4.0
A = torch.tensor([[0.0, 1.0], [-k, -c]], dtype=torch.float64)
w = torch.linalg.eigvals(A)
print(w.real.round(decimals=6))
print(w.imag.abs().round(decimals=6))
print(torch.view_as_real(w).shape, w.dtype)
