# matrix exponential of a skew-symmetric matrix is a rotation
import torch

theta = 0.3
K = torch.tensor([[0.0, -theta], [theta, 0.0]])
R = torch.linalg.matrix_exp(K)
print(R)
print(torch.cos(torch.tensor(theta)), torch.sin(torch.tensor(theta)))
print(torch.allclose(R.T @ R, torch.eye(2), atol=1e-6), torch.det(R))
series = torch.eye(2) + K + K @ K / 2 + K @ K @ K / 6
print((series - R).abs().max() < 1e-3)
