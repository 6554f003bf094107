# graph Laplacian L = D - A and its spectrum (rounded)
import torch

A = torch.tensor([[0., 1., 1., 0.], [1., 0., 1., 0.], [1., 1., 0., 1.], [0., 0., 1., 0.]], dtype=torch.float64)
L = torch.diag(A.sum(1)) - A
print(L)
evals, evecs = torch.linalg.eigh(L)
print(evals.round(decimals=4) + 0.0)
print(int((evals.abs() < 1e-9).sum()), "connected component(s)")
fiedler = evecs[:, 1]
print((fiedler * fiedler.sign()[0]).round(decimals=3) + 0.0)
print(torch.allclose(L @ evecs, evecs * evals))
