# determinant properties: det(AB)=det(A)det(B), det(A^T)=det(A), det(cA)=c^n det(A)
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
B = torch.tensor([[0.0, 1.0], [-2.0, 4.0]])
print(torch.det(A), torch.det(B), torch.det(A @ B))
print(torch.isclose(torch.det(A @ B), torch.det(A) * torch.det(B)))
print(torch.det(A.T) == torch.det(A))
print(torch.det(3 * A), 9 * torch.det(A))
sign, logabs = torch.linalg.slogdet(B)
print(sign, logabs)
print(torch.det(torch.tensor([[1.0, 2.0], [2.0, 4.0]])))
