# d det(A) / dA = det(A) * inv(A)^T, checked with autograd.
import torch

torch.manual_seed(12)
A = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
d = torch.linalg.det(A)
d.backward()
expected = d.detach() * torch.linalg.inv(A.detach()).T
print(f"det {d.item():.6f}")
print(torch.allclose(A.grad, expected))
print(A.grad.round(decimals=4))
