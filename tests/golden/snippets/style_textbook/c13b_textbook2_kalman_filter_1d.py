# Estimation chapter: Kalman filter for a 1-D constant-velocity model with noisy position measurements.
import torch

torch.manual_seed(86)
dt = 1.0
F_ = torch.tensor([[1.0, dt], [0.0, 1.0]], dtype=torch.float64)
H = torch.tensor([[1.0, 0.0]], dtype=torch.float64)
Q = 0.01 * torch.eye(2, dtype=torch.float64)
R = torch.tensor([[0.5]], dtype=torch.float64)
true = torch.stack([torch.arange(8, dtype=torch.float64) * 0.8, torch.full((8,), 0.8, dtype=torch.float64)], 1)
z = true[:, 0] + 0.7 * torch.randn(8, dtype=torch.float64)
x = torch.zeros(2, 1, dtype=torch.float64)
P = torch.eye(2, dtype=torch.float64) * 10
for t in range(8):
    x = F_ @ x
    P = F_ @ P @ F_.T + Q
    S = H @ P @ H.T + R
    K = P @ H.T @ torch.linalg.inv(S)
    x = x + K @ (z[t].view(1, 1) - H @ x)
    P = (torch.eye(2, dtype=torch.float64) - K @ H) @ P
    print(t, f"z={z[t].item():.4f}", f"pos={x[0, 0].item():.4f}", f"vel={x[1, 0].item():.4f}", f"gain={K[0, 0].item():.4f}")
print(P)
