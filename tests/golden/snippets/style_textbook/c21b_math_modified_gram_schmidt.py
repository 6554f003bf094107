# modified Gram-Schmidt on nearly dependent columns; loss of orthogonality compared
import torch

eps = 1e-4
A = torch.tensor([[1.0, 1.0, 1.0], [eps, 0.0, 0.0], [0.0, eps, 0.0], [0.0, 0.0, eps]], dtype=torch.float64)
def mgs(A):
    V = A.clone()
    Q = torch.zeros_like(A)
    for j in range(A.shape[1]):
        Q[:, j] = V[:, j] / V[:, j].norm()
        for k in range(j + 1, A.shape[1]):
            V[:, k] -= (Q[:, j] @ V[:, k]) * Q[:, j]
    return Q
Q = mgs(A)
err = torch.linalg.norm(Q.T @ Q - torch.eye(3, dtype=torch.float64))
print(Q.dtype, err < 1e-8)
print(Q[:, 0])
