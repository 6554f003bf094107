# composing PDE, boundary and initial losses with weights
import torch

torch.manual_seed(2)
res = torch.randn(20, dtype=torch.float64) * 0.1
u_bc = torch.tensor([0.01, -0.02, 0.0, 0.03], dtype=torch.float64)
u_ic = torch.tensor([0.9, 0.5, 0.1], dtype=torch.float64)
u_ic_true = torch.tensor([1.0, 0.5, 0.0], dtype=torch.float64)
loss_pde = res.pow(2).mean()
loss_bc = u_bc.pow(2).mean()
loss_ic = torch.nn.functional.mse_loss(u_ic, u_ic_true)
weights = {"pde": 1.0, "bc": 100.0, "ic": 10.0}
total = weights["pde"] * loss_pde + weights["bc"] * loss_bc + weights["ic"] * loss_ic
for name, val in [("pde", loss_pde), ("bc", loss_bc), ("ic", loss_ic), ("total", total)]:
    print(f"{name:6s} {val.item():.6e}")
