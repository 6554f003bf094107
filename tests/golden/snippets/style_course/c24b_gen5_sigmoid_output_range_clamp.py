# decoder outputs exactly 0 or 1 break BCE: clamping with eps
import torch
import torch.nn.functional as F

recon = torch.tensor([0.0, 1.0, 0.5])
x = torch.tensor([1.0, 0.0, 1.0])
print(F.binary_cross_entropy(recon, x, reduction="none"))
eps = 1e-6
print(F.binary_cross_entropy(recon.clamp(eps, 1 - eps), x, reduction="none"))
print(torch.finfo(torch.float32).eps)
