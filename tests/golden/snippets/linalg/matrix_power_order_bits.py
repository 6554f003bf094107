# matrix_power's products in PyTorch's order: 1x1 matrices (one rounding per product, no BLAS sum),
# so the values and the gradients (summed over several uses of each square) show the order to the bit.
import torch

A = (torch.rand(6, 1, 1) + 0.5).requires_grad_()
for n in (4, 5, 6, 7, 9, 11, 13, 22, 31, -3, -6, -7):
    A.grad = None
    power = torch.linalg.matrix_power(A, n)
    power.sum().backward()
    print(n, power.flatten().tolist(), A.grad.flatten().tolist())
B = torch.rand(3, 1, 1, dtype=torch.float64, requires_grad=True)
torch.linalg.matrix_power(B, 15).sum().backward()
print(B.grad.flatten().tolist())
for n in (2.0, True, -1.5):
    try:
        print(torch.linalg.matrix_power(A, n).shape)
    except TypeError as e:
        print("TypeError", e)
import numpy as np
M = torch.tensor([[2.0, 1.0], [0.0, 1.0]])
for call in (lambda: M.matrix_power(n=2.5), lambda: torch.matrix_power(M, n=None), lambda: M.matrix_power(2, 3),
             lambda: torch.linalg.matrix_power(M), lambda: torch.linalg.matrix_power([[1.0]], 2),
             lambda: torch.linalg.matrix_power(M, 2, k=1), lambda: torch.linalg.matrix_power(M, torch.tensor(3.0)),
             lambda: torch.linalg.matrix_power(M, np.float64(2)), lambda: M.matrix_power(input=M)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(torch.linalg.matrix_power(M, torch.tensor(3)), M.matrix_power(np.int64(4)), torch.matrix_power(input=M, n=5))
