# d(sum(inv(A))) / dA = -inv(A)^T @ ones @ inv(A)^T.
import torch

A = torch.tensor([[2.0, 1.0], [0.5, 3.0]], dtype=torch.float64, requires_grad=True)
Ai = torch.linalg.inv(A)
Ai.sum().backward()
print(Ai.grad_fn.name())
print(A.grad)
B = Ai.detach()
print(-B.T @ torch.ones(2, 2, dtype=torch.float64) @ B.T)
