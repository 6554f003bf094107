# torch.fake_quantize_per_tensor_affine vs the by-hand version
import torch

x = torch.tensor([-0.8, -0.1, 0.0, 0.33, 0.5, 1.2])
scale, zp = 0.01, 0
fq = torch.fake_quantize_per_tensor_affine(x, scale, zp, -128, 127)
manual = (torch.clamp(torch.round(x / scale) + zp, -128, 127) - zp) * scale
print(fq)
print(manual)
print(torch.allclose(fq, manual))
