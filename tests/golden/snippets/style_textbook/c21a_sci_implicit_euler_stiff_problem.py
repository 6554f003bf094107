# Stiff decay y' = -50 (y - cos t): explicit Euler blows up, implicit Euler is fine.
import torch

lam, h, n = 50.0, 0.05, 40
ye = torch.tensor(0.0, dtype=torch.float64)
yi = torch.tensor(0.0, dtype=torch.float64)
for k in range(n):
    t_next = torch.tensor((k + 1) * h, dtype=torch.float64)
    ye = ye + h * (-lam * (ye - torch.cos(t_next - h)))
    yi = (yi + h * lam * torch.cos(t_next)) / (1 + h * lam)
print(f"explicit {ye.item():.3e}")
print(f"implicit {yi.item():.6f}")
print(f"cos(T)   {torch.cos(torch.tensor(n * h, dtype=torch.float64)).item():.6f}")
