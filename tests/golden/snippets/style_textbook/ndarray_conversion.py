# To NumPy and back, and a size-1 tensor to Python scalars.
import torch

X = torch.arange(6, dtype=torch.float32).reshape(2, 3)
A = X.numpy()
B = torch.from_numpy(A)
print(type(A), type(B))
print(A.dtype, B.dtype)
a = torch.tensor([3.5])
print(a, a.item(), float(a), int(a))
print(torch.tensor(2.7).round(), torch.tensor([2.5]).floor().long())
