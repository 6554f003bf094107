# LLM course: RMSNorm by hand vs nn.RMSNorm, and how it differs from LayerNorm (no centring, no bias).
import torch
import torch.nn as nn

torch.manual_seed(121)
x = torch.randn(2, 3, 8)
eps = 1e-6
rms = nn.RMSNorm(8, eps=eps)
manual = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * rms.weight
print(torch.allclose(manual, rms(x), atol=1e-6))
print(rms(x)[0, 0])
ln = nn.LayerNorm(8, elementwise_affine=False)
print(ln(x)[0, 0])
print(rms(x).pow(2).mean(-1)[0])
print(ln(x).mean(-1)[0], rms(x).mean(-1)[0])
print(sum(p.numel() for p in rms.parameters()), sum(p.numel() for p in nn.LayerNorm(8).parameters()))
y = rms(x).sum()
y.backward()
print(rms.weight.grad)
