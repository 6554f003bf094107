# Tensors and Python types: tolist, numpy round trips, dtype casts with .type/.to/.float, int division, bools.
import numpy as np
import torch

X = torch.arange(6).reshape(2, 3)
print(X.tolist(), type(X.tolist()[0][0]))
print(X.float(), X.double().dtype, X.to(torch.float16), X.type(torch.float32))
print(X.type(), X.float().type(), torch.tensor([True]).type())
A = X.numpy()
print(A.dtype, type(A))
B = torch.tensor(A, dtype=torch.float32)
print(B, B.dtype)
print(torch.tensor(np.float64(2.5)), torch.tensor(np.array(3)), torch.as_tensor([1, 2], dtype=torch.int8))
print(X / 2, X // 2, X % 4, X.div(4, rounding_mode="floor"), X.div(4, rounding_mode="trunc"))
print((X > 2).int(), (X > 2).float().mean(), (X > 2).any(), (X > 2).all())
print(X.sum().item(), type(X.sum().item()), X.float().mean().item())
print(int(X[1, 2]), float(X[0, 1]), bool(X[0, 0]))
print(torch.tensor(1e-8), torch.tensor(123456789.0), torch.tensor([0.1, 0.25], dtype=torch.float64))
