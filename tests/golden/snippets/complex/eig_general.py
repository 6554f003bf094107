# torch.linalg.eig / eigvals: complex eigenvalues and eigenvectors of a general matrix.
import math
import torch

R = torch.tensor([[0.0, -1.0], [1.0, 0.0]])
print(torch.linalg.eig(R))
print(torch.linalg.eigvals(R))
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
w, v = torch.linalg.eig(A)
print(w, v, w.dtype)
print(torch.allclose(A.to(torch.complex128) @ v, v * w))
print(torch.linalg.eigvals(A).real.sort().values)
theta = math.pi / 6
Q = torch.tensor([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]], dtype=torch.float64)
print(torch.linalg.eigvals(Q), torch.linalg.eigvals(Q).abs(), torch.linalg.eigvals(Q).angle())
for bad in [lambda: torch.linalg.eig(torch.ones(2, 3)), lambda: torch.linalg.eig(torch.ones(2, 2, dtype=torch.long))]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
