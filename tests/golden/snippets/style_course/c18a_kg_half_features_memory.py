# Shrinking a feature matrix to float16 to save memory and checking the precision lost
import torch

torch.manual_seed(30)
X = torch.randn(1000, 8) * 100
X16 = X.half()
print(X.element_size() * X.nelement(), X16.element_size() * X16.nelement())
err = (X16.float() - X).abs()
print(f"max abs error {err.max().item():.4f}, mean {err.mean().item():.5f}")
print(X16[:2])
print(X16.mean(0))
print(torch.finfo(torch.float16).resolution)
