# torch.linalg.solve_triangular: lower/upper, left/right, unitriangular, batches, gradients and errors.
import torch

A = torch.tensor([[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [-1.0, 0.5, 4.0]], requires_grad=True)
B = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
X = torch.linalg.solve_triangular(A, B, upper=False)
print(X, X.stride())
X.sum().backward()
print(A.grad)
print(B.grad)
U = A.detach().t()
print(torch.linalg.solve_triangular(U, B.detach(), upper=True))
print(torch.linalg.solve_triangular(U, B.detach().t(), upper=True, left=False))
print(torch.linalg.solve_triangular(A.detach(), B.detach(), upper=False, unitriangular=True))
print(torch.allclose(A.detach() @ X, B.detach()))
batch = torch.linalg.solve_triangular(A.detach().expand(2, 3, 3), torch.ones(4, 1, 3, 2), upper=False)
print(batch.shape, batch.stride())
Ad = A.detach().double().requires_grad_()
Bd = torch.tensor([[1.0, -2.0, 0.5]], dtype=torch.float64, requires_grad=True)
Xd = torch.linalg.solve_triangular(Ad, Bd, upper=False, left=False, unitriangular=True)
print(Xd)
Xd.pow(2).sum().backward()
print(Ad.grad, Bd.grad)
print(torch.linalg.solve_triangular(torch.tensor([[0.0, 1.0], [0.0, 0.0]]), torch.ones(2, 1), upper=True))
for bad in (lambda: torch.linalg.solve_triangular(A, torch.ones(3), upper=False),
            lambda: torch.linalg.solve_triangular(torch.ones(2, 3), torch.ones(2, 1), upper=False),
            lambda: torch.linalg.solve_triangular(A, torch.ones(2, 1), upper=False),
            lambda: torch.linalg.solve_triangular(A, torch.ones(2, 4), upper=False, left=False),
            lambda: torch.linalg.solve_triangular(A.long(), B.long(), upper=False)):
    try:
        bad()
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
