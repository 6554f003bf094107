# torch.linalg.matrix_power / torch.matrix_power / Tensor.matrix_power: 0, 1, -1, small and binary-decomposed powers, nodes, checks, gradient.
import torch
A = torch.tensor([[4., 1.], [2., 3.]], requires_grad=True)
for n in [0, 1, 2, 3, 5, 6, -1, -2]:
    r = torch.linalg.matrix_power(A, n)
    print(n, r, type(r.grad_fn).__name__)
try:
    torch.linalg.matrix_power(torch.ones(2, 3), 2)
except RuntimeError as e:
    print(e)
try:
    torch.linalg.matrix_power(torch.ones(3), 2)
except RuntimeError as e:
    print(e)
try:
    torch.linalg.matrix_power(torch.ones(2, 2, dtype=torch.long), -1)
except RuntimeError as e:
    print(e)
print(torch.matrix_power(A, 2), A.matrix_power(3))
print(torch.linalg.matrix_power(torch.arange(8.).view(2, 2, 2), 4))
print(torch.linalg.matrix_power(torch.tensor([[1, 1], [1, 0]]), 10))
torch.linalg.matrix_power(A, 4).sum().backward()
print(A.grad)
