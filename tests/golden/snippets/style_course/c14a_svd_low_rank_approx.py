# Linear-algebra refresher: a matrix's singular values, its best rank-r approximations via outer products,
# and the Eckart-Young error check.
import torch

torch.manual_seed(1420)
M = torch.randn(6, 4, dtype=torch.float64)
left, sing, right_t = torch.linalg.svd(M, full_matrices=False)
print(tuple(left.shape), tuple(sing.shape), tuple(right_t.shape))
print(sing, (sing[:-1] >= sing[1:]).all())
approx = torch.zeros_like(M)
for r in range(4):
    approx += sing[r] * torch.outer(left[:, r], right_t[r])
    gap = torch.linalg.norm(M - approx)
    print(r + 1, f"{gap.item():.10f}", f"{sing[r + 1:].square().sum().sqrt().item():.10f}")
print(torch.allclose(left.T @ left, torch.eye(4, dtype=torch.float64)), torch.allclose(approx, M))
print(torch.linalg.matrix_rank(M).item(), torch.linalg.matrix_norm(M, ord=2).item() == sing[0].item())
