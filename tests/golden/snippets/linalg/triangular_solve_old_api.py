# torch.triangular_solve(b, A) from an old Gaussian-process notebook
import torch
torch.manual_seed(0)
M = torch.randn(4, 4).triu() + 3 * torch.eye(4)
M.requires_grad_()
B = torch.randn(2, 4, 3, requires_grad=True)
X = torch.triangular_solve(B, M, upper=True)
print(X.solution)
print(X.cloned_coefficient.grad_fn, X.solution.stride(), X.cloned_coefficient.stride())
X.solution.pow(2).sum().backward()
print(M.grad)
print(B.grad[1])
L = M.detach().mT.clone().requires_grad_()
y = torch.tensor([[1.0], [2.0], [3.0], [4.0]], requires_grad=True)
s, c = y.triangular_solve(L, upper=False, transpose=True)
(s.sum() + (c * c).sum()).backward()
print(s, L.grad, y.grad)
z = torch.triangular_solve(y, L, upper=False, unitriangular=True)[0]
print(z, z.grad_fn.next_functions)
for args in [(y[:, 0], L), (y, L[:2]), (y, L.double()), (y.long(), L.long()), (torch.ones(3, 1), L)]:
    try:
        torch.triangular_solve(*args)
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
