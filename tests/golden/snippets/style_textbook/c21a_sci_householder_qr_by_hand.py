# One Householder reflection zeroes a column below the diagonal.
import torch

A = torch.tensor([[3.0, 1.0], [4.0, 2.0], [0.0, 5.0]], dtype=torch.float64)
a = A[:, 0]
v = a.clone()
v[0] += torch.sign(a[0]) * a.norm()
H = torch.eye(3, dtype=torch.float64) - 2 * torch.outer(v, v) / (v @ v)
print((H @ A).round(decimals=10))
print(torch.allclose(H @ H.T, torch.eye(3, dtype=torch.float64)))
R = torch.linalg.qr(A).R
print(R.abs().round(decimals=10))
