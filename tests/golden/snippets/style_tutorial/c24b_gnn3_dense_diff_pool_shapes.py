# DiffPool-style soft assignment: S^T X and S^T A S shapes and row sums
import torch

torch.manual_seed(83)
X = torch.randn(5, 4)
A = (torch.rand(5, 5) > 0.5).float()
A = ((A + A.T) > 0).float()
S = torch.softmax(torch.randn(5, 2), dim=-1)
X_new = S.T @ X
A_new = S.T @ A @ S
print(X_new.shape, A_new.shape)
print(torch.allclose(S.sum(-1), torch.ones(5)))
print(torch.allclose(A_new, A_new.T, atol=1e-6))
ent = (-S * torch.log(S + 1e-15)).sum(-1).mean()
print(ent.shape, ent.grad_fn)
