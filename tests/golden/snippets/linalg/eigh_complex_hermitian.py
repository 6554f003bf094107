# torch.linalg.eigh on a complex Hermitian matrix: real eigenvalues, complex eigenvectors, gradients
import torch

A = torch.tensor([[2.0, 1 - 1j, 0.5j], [1 + 1j, 3.0, 0.2], [-0.5j, 0.2, 1.0]], dtype=torch.complex128)
L, V = torch.linalg.eigh(A)
print(L.dtype, V.dtype, L)
print(V.abs())
print(torch.allclose(V @ torch.diag(L).to(V.dtype) @ V.mH, A))
print(torch.linalg.eigvalsh(A.to(torch.complex64)))
print(torch.linalg.eigh(A, UPLO="U").eigenvalues)
X = A.clone().requires_grad_()
L, V = torch.linalg.eigh(X)
(L * torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)).sum().backward()
print(X.grad.real.round(decimals=6), X.grad.imag.triu(1).round(decimals=6))
X.grad = None
L, V = torch.linalg.eigh(X)
(V.abs() ** 2 * L).sum().backward()
print(X.grad.abs().round(decimals=5))
try:
    torch.linalg.eigh(X)[1].real.sum().backward()
except RuntimeError as e:
    print(str(e)[:60])
