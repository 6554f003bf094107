# Sums, means and products of complex tensors at full precision (PyTorch's order of additions).
import torch

torch.manual_seed(3)
for n in (5, 16, 33, 250, 4097):
    z = torch.randn(n, dtype=torch.cfloat)
    print(n, z.sum().item(), z.mean().item(), (z * z.conj()).sum().item(), (z * 1.5j).sum().item())
d = torch.randn(100, dtype=torch.cdouble)
print(d.sum().item(), d.mean().item(), (d * d).sum().item(), (d ** 2).mean().item())
w = torch.randn(3, 8, dtype=torch.cfloat)
print(w.sum().item(), w.mean().item(), (w * w).tolist()[0][:3])
