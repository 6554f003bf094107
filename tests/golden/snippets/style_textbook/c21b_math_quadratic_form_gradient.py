# gradient of f(x) = x^T A x is (A + A^T) x; Hessian is A + A^T
import torch

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]])
x = torch.tensor([1.0, -1.0], requires_grad=True)
f = x @ A @ x
f.backward()
print(f)
print(x.grad)
print((A + A.T) @ x.detach())
H = torch.autograd.functional.hessian(lambda v: v @ A @ v, x.detach())
print(H)
print(torch.equal(H, A + A.T))
