# solve_triangular with several right-hand columns (MKL's trsm multiplies by the diagonal's
# reciprocal there) and from the right; full-precision values of the solutions and a gradient
import torch
torch.manual_seed(5)
for dtype in (torch.float32, torch.float64):
    for n, k in ((1, 3), (2, 2), (2, 7), (3, 4), (5, 3)):
        A = torch.randn(n, n, dtype=dtype).tril() + 3 * torch.eye(n, dtype=dtype)
        right = torch.linalg.solve_triangular(A, torch.randn(k, n, dtype=dtype), upper=False, left=False)
        print(dtype, n, k, right.flatten().tolist())
    L = (torch.randn(2, 2, dtype=dtype).tril() + 2 * torch.eye(2, dtype=dtype)).requires_grad_()
    B = torch.randn(2, 6, dtype=dtype, requires_grad=True)
    X = torch.linalg.solve_triangular(L, B, upper=False)
    print(X.flatten().tolist())
    X.pow(2).sum().backward()
    print(B.grad.flatten().tolist(), L.grad.flatten().tolist())
