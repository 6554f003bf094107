# Converting Cartesian to polar coordinates with atan2/hypot, gradients and quadrant signs.
import torch

xy = torch.tensor([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [0.0, -2.0]], dtype=torch.float64, requires_grad=True)
r = torch.hypot(xy[:, 0], xy[:, 1])
phi = torch.atan2(xy[:, 1], xy[:, 0])
print(r.round(decimals=6), (phi / torch.pi).round(decimals=6))
(r.sum() + phi.sum()).backward()
print(xy.grad.round(decimals=6))
print(torch.atan2(torch.tensor(0.0), torch.tensor(-0.0)), torch.atan2(torch.tensor(-0.0), torch.tensor(-1.0)))
