# Sensitivity of a vibration frequency to a stiffness entry: d(lambda_max)/dK for a 3x3 chain.
import torch

K = torch.tensor([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]], dtype=torch.float64, requires_grad=True)
lam, modes = torch.linalg.eigh(K)
top = lam[-1]
top.backward()
print(lam.detach().round(decimals=6))
print(K.grad.round(decimals=6))
print(round(K.grad.trace().item(), 6), modes.shape)
