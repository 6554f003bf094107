# MinMax scaling by hand, then inverse transform
import torch

torch.manual_seed(1)
X = torch.randn(8, 3) * torch.tensor([1.0, 10.0, 100.0]) + torch.tensor([0.0, 50.0, -20.0])
x_min = X.min(dim=0).values
x_max = X.max(dim=0).values
X_scaled = (X - x_min) / (x_max - x_min)
print(X_scaled)
print("min per col:", X_scaled.amin(0), "max per col:", X_scaled.amax(0))
X_back = X_scaled * (x_max - x_min) + x_min
print("max abs roundtrip error:", (X_back - X).abs().max().item())
print("allclose:", torch.allclose(X_back, X, atol=1e-4))
