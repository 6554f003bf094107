import torch

L = torch.tensor([[1.0, -0.5, -0.5], [-0.5, 1.0, -0.5], [-0.5, -0.5, 1.0]])
L_t = L - torch.eye(3)
x = torch.tensor([[1.0], [2.0], [3.0]])
T0 = x
T1 = L_t @ x
T2 = 2 * L_t @ T1 - T0
theta = torch.tensor([0.5, 0.3, 0.2])
out = theta[0] * T0 + theta[1] * T1 + theta[2] * T2
print(T1.squeeze())
print(T2.squeeze())
print(out.squeeze())
