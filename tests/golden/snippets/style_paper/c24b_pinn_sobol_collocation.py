# quasi-random collocation points with SobolEngine
import torch

sobol = torch.quasirandom.SobolEngine(dimension=2, scramble=False)
pts = sobol.draw(8, dtype=torch.float64)
print(pts)
print(pts.dtype, pts.shape)
lo = torch.tensor([-1.0, 0.0], dtype=torch.float64)
hi = torch.tensor([1.0, 2.0], dtype=torch.float64)
print(lo + (hi - lo) * pts[:3])
print(sobol)
