# Determinants of small matrices to the last digit: 2 x 2 Jacobians, 3 x 3 and 4 x 4, singular and batched.
import torch

torch.manual_seed(0)
for n in (2, 3, 4, 6):
    A = torch.randn(n, n)
    print(n, torch.linalg.det(A).item(), A.det().item(), torch.det(A.double()).item())
J = torch.tensor([[0.8776, -0.9589], [0.4794, 1.7552]])
print(torch.linalg.det(J).item(), torch.det(J))
print(torch.linalg.det(torch.tensor([[1.0, 2.0], [2.0, 4.0]])), torch.linalg.det(torch.zeros(3, 3)))
B = torch.randn(3, 3, 3)
print(torch.linalg.det(B))
print(torch.linalg.det(torch.tensor([[0.0, 1.0], [1.0, 0.0]])), torch.linalg.det(torch.eye(5) * 0.5))
W = torch.randn(3, 3, requires_grad=True)
d = torch.linalg.det(W)
d.backward()
print(d, W.grad)
