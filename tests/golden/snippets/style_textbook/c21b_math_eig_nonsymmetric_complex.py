# a rotation matrix has complex eigenvalues: torch.linalg.eig returns complex tensors
import math
import torch

theta = math.pi / 2
R = torch.tensor([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
vals, vecs = torch.linalg.eig(R)
print(vals.dtype)
print(vals)
print(vals.abs())
print(torch.linalg.eigvals(torch.tensor([[2.0, 0.0], [0.0, 3.0]])))
try:
    torch.linalg.eigh(R.to(torch.complex64) * 1j)
    print("eigh ran")
except RuntimeError as e:
    print(e)
