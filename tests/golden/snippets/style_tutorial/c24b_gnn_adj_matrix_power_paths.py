# counting walks with matrix_power on an integer adjacency
import torch

A = torch.tensor([[0, 1, 1], [1, 0, 1], [1, 1, 0]])
for k in range(1, 4):
    print(k, torch.linalg.matrix_power(A, k))
print(torch.trace(torch.linalg.matrix_power(A, 3)) // 6, "triangles")
try:
    torch.linalg.matrix_power(A.float(), -1)
    print(torch.linalg.matrix_power(A.float(), -1))
except RuntimeError as e:
    print(e)
