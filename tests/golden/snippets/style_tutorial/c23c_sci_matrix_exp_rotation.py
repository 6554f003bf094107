# matrix_exp of a skew-symmetric generator is a rotation matrix.
import math
import torch

theta = math.pi / 2
G = torch.tensor([[0.0, -theta], [theta, 0.0]], dtype=torch.float64)
R = torch.linalg.matrix_exp(G)
print(R.round(decimals=8))
print(torch.allclose(R @ R.T, torch.eye(2, dtype=torch.float64)))
print(torch.linalg.matrix_exp(torch.zeros(2, 2)).dtype)
print(torch.matrix_exp(torch.diag(torch.tensor([0.0, 1.0], dtype=torch.float64))).diag().round(decimals=6))
