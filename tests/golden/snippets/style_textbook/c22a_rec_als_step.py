import torch

torch.manual_seed(20)
R = torch.tensor([[5., 3., 0.], [4., 0., 1.], [1., 1., 5.]])
W = (R > 0).float()
k, lam = 2, 0.1
Q = torch.randn(3, k)
P = torch.zeros(3, k)
for u in range(3):
    Wu = torch.diag(W[u])
    A = Q.T @ Wu @ Q + lam * torch.eye(k)
    b = Q.T @ Wu @ R[u]
    P[u] = torch.linalg.solve(A, b)
print(P.shape)
err = (W * (R - P @ Q.T)).pow(2).sum()
print(err.item() < (W * R).pow(2).sum().item())
