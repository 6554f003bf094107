# planar flow f(z) = z + u tanh(w.z + b) and its log-det term
import torch

z = torch.tensor([[0.5, -1.0], [2.0, 0.0]], dtype=torch.float64)
u = torch.tensor([1.0, 0.5], dtype=torch.float64)
w = torch.tensor([0.3, -0.2], dtype=torch.float64)
b = torch.tensor(0.1, dtype=torch.float64)
act = torch.mv(z, w) + b
h = torch.tanh(act)
f = z + h[:, None] * u
psi = (1 - h * h)[:, None] * w
logdet = (1 + torch.mv(psi, u)).abs().log()
print(f.round(decimals=6))
print(logdet.round(decimals=6))
print(round((w @ u).item(), 6))
