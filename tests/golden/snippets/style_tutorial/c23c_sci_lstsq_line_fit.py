# Overdetermined linear model: lstsq on the design matrix for y = c0 + c1 t + c2 t^2.
import torch

t = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0, 2.5], dtype=torch.float64)
obs = 0.25 - t + 2 * t ** 2
design = torch.stack([torch.ones_like(t), t, t ** 2], dim=-1)
fit = torch.linalg.lstsq(design, obs)
print(fit.solution.round(decimals=8), fit.solution.shape)
print(fit.residuals, fit.rank, fit.singular_values)
res = design @ fit.solution - obs
print(res.abs().max() < 1e-10)
