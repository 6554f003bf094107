import torch

# solving a symmetric positive-definite system with its Cholesky factor
A = torch.tensor([[4.0, 1.0, 0.5],
                  [1.0, 3.0, 0.2],
                  [0.5, 0.2, 2.0]], requires_grad=True)
b = torch.tensor([[1.0], [0.0], [2.0]], requires_grad=True)
L = torch.linalg.cholesky(A)
x = torch.cholesky_solve(b, L)
print(x)
print(x.grad_fn, L.grad_fn)
print(torch.linalg.solve(A, b))
x.sum().backward()
print(b.grad)
print(A.grad)
print(torch.logdet(A), 2 * torch.log(L[[0, 1, 2], [0, 1, 2]]).sum())
print(torch.logdet(torch.tensor([[0.0, 1.0], [1.0, 0.0]])))
U = torch.linalg.cholesky(A.detach(), upper=True)
print(torch.cholesky_solve(b.detach(), U, upper=True))
