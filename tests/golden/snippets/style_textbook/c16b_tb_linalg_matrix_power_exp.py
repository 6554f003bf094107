# Powers of a matrix and the matrix exponential.
import torch

J = torch.tensor([[1.0, 1.0], [0.0, 1.0]])
print(torch.linalg.matrix_power(J, 5))
print(torch.linalg.matrix_power(torch.tensor([[2.0, 0.0], [0.0, 4.0]]), -1))
print(torch.linalg.matrix_power(J, 0))
N = torch.tensor([[0.0, 1.0], [0.0, 0.0]], dtype=torch.float64)
print(torch.linalg.matrix_exp(N))
print(torch.matrix_exp(torch.zeros(2, 2)))
