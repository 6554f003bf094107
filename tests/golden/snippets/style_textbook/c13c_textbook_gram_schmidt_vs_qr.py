import torch

torch.manual_seed(0)
A = torch.randn(6, 4, dtype=torch.float64)


def classical_gs(A):
    m, n = A.shape
    Q = torch.zeros(m, n, dtype=A.dtype)
    R = torch.zeros(n, n, dtype=A.dtype)
    for j in range(n):
        v = A[:, j].clone()
        for i in range(j):
            R[i, j] = torch.dot(Q[:, i], A[:, j])
            v = v - R[i, j] * Q[:, i]
        R[j, j] = torch.linalg.vector_norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R


Q1, R1 = classical_gs(A)
Q2, R2 = torch.linalg.qr(A)
# Householder QR may flip signs: make the diagonal of R positive
signs = torch.sign(torch.diagonal(R2))
Q2 = Q2 * signs
R2 = R2 * signs.unsqueeze(1)
print("R from Gram-Schmidt diag:", torch.diagonal(R1))
print("R from qr diag:", torch.diagonal(R2))
print("Q agree:", torch.allclose(Q1, Q2, atol=1e-12))
print("R agree:", torch.allclose(R1, R2, atol=1e-12))
print("orthogonality GS:", (Q1.T @ Q1 - torch.eye(4, dtype=torch.float64)).abs().max().item() < 1e-14)
print("shapes:", Q1.shape, R1.shape, Q2.dtype)
print("reconstruction ok:", torch.allclose(Q1 @ R1, A))
