# The gradient of det(A) is det(A) * inv(A)^T.
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 3.0]], dtype=torch.float64, requires_grad=True)
d = torch.linalg.det(A)
d.backward()
print(d, d.grad_fn)
print(A.grad)
print(d.detach() * torch.linalg.inv(A.detach()).T)
B = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
torch.logdet(B @ B.T).backward()
print(B.grad)
