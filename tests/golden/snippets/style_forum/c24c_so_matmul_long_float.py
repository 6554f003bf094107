# Q: expected scalar type Float but found Long in matmul
import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[0.5], [1.0]])
try:
    print(a @ b)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(torch.mm(b.T, a))
except RuntimeError as e:
    print("RuntimeError:", e)
print(a.float() @ b)
print((a @ a).dtype)
