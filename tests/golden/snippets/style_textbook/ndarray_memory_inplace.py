# Whether Y = Y + X allocates, and in-place alternatives that keep the storage.
import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.ones((3, 4))
before = id(Y)
Y = Y + X
print(id(Y) == before)
Z = torch.zeros_like(Y)
ptr = Z.data_ptr()
Z[:] = X + Y
print(Z.data_ptr() == ptr)
before = id(X)
X += Y
print(id(X) == before)
print(X)
