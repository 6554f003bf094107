# Q: "linalg.cholesky: The factorization could not be completed because the input is not positive-definite"
import torch

C = torch.tensor([[1.0, 2.0], [2.0, 1.0]])
print(torch.linalg.eigvalsh(C))
try:
    torch.linalg.cholesky(C)
except RuntimeError as e:
    print(e)
L, info = torch.linalg.cholesky_ex(C)
print(info)
jitter = C + 1.5 * torch.eye(2)
print(torch.linalg.cholesky(jitter))
