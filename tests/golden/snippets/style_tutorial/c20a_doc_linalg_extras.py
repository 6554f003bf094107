# torch.linalg.cross, multi_dot, matrix_exp, eig, vander, householder-free basics
import torch

a = torch.tensor([[1., 0, 0], [0, 1, 0]])
b = torch.tensor([[0., 1, 0], [0, 0, 1]])
print(torch.linalg.cross(a, b))
print(torch.linalg.multi_dot([torch.tensor([1., 2]), torch.tensor([[1., 2], [3, 4]]), torch.tensor([2., 3])]))
A = torch.tensor([[0., 1.], [-1., 0.]], dtype=torch.float64)
print(torch.linalg.matrix_exp(A))
L, V = torch.linalg.eig(torch.tensor([[2., 0.], [0., 3.]]))
print(L)
print(torch.linalg.vander(torch.tensor([1, 2, 3])))
print(torch.linalg.diagonal(torch.arange(9).view(3, 3)))
