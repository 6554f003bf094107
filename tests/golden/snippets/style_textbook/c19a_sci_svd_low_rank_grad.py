# nuclear-norm gradient from svdvals
import torch
torch.manual_seed(63)
M = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
s = torch.linalg.svdvals(M)
s.sum().backward()
U, S_, Vh = torch.linalg.svd(M.detach(), full_matrices=False)
print(s)
print(torch.allclose(M.grad, U @ Vh))
print(torch.linalg.matrix_norm(M.detach(), ord="nuc").item(), s.sum().item())
