# trace identities: tr(AB) = tr(BA), x^T A x = tr(A x x^T), ||A||_F^2 = tr(A^T A)
import torch

torch.manual_seed(0)
A = torch.randn(3, 4)
B = torch.randn(4, 3)
print(torch.trace(A @ B), torch.trace(B @ A))
S = torch.randn(3, 3)
x = torch.randn(3)
print(x @ S @ x, torch.trace(S @ torch.outer(x, x)))
print(torch.linalg.norm(A) ** 2, torch.trace(A.T @ A))
print(torch.isclose(torch.trace(A @ B), torch.trace(B @ A)))
