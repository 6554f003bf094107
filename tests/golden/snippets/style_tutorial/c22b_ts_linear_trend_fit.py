import torch

t = torch.arange(10.0)
y = 2.5 * t + 1.0 + torch.tensor([0.1, -0.2, 0.0, 0.3, -0.1, 0.2, -0.3, 0.1, 0.0, -0.1])
A = torch.stack([t, torch.ones_like(t)], 1)
sol = torch.linalg.lstsq(A, y.unsqueeze(1)).solution
print(sol.flatten())
detrended = y - A @ sol.flatten()
print(detrended.abs().max() < 0.5)
coef = torch.linalg.pinv(A) @ y
print(coef)
