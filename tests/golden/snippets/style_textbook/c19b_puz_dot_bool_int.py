# Puzzle: counting matches with @ on 0/1 tensors
import torch

a = torch.tensor([1, 0, 1, 1])
b = torch.tensor([1, 1, 0, 1])
print(a @ b, (a & b).sum(), (a * b).sum())
A = torch.tensor([[1, 0], [1, 1]], dtype=torch.uint8)
print(A @ A, (A @ A).dtype)
print(torch.matmul(A.long(), A.long()))
try:
    print(A.bool() @ A.bool())
except RuntimeError as e:
    print(e)
print(torch.mv(A.int(), torch.tensor([2, 3], dtype=torch.int32)))
