# float64 lerp and addcmul: ATen's kernels fuse the last multiply-add (one rounding), e.g. an
# exponential moving average written with lerp_ or Adam-style addcmul_ in double.
import torch

torch.manual_seed(0)
a = torch.randn(40, dtype=torch.float64)
b = torch.randn(40, dtype=torch.float64)
print(torch.lerp(a, b, 0.3).tolist())
print(torch.lerp(a, b, 0.9).tolist())
print(torch.lerp(a, b, torch.rand(40, dtype=torch.float64)).tolist())
print(torch.addcmul(a, a, b, value=0.5).tolist())
ema = torch.zeros(5, dtype=torch.float64)
for step in range(4):
    ema.lerp_(torch.randn(5, dtype=torch.float64), 0.1)
print(ema.tolist())
v = torch.zeros(6, dtype=torch.float64)
g = torch.randn(6, dtype=torch.float64)
v.mul_(0.999).addcmul_(g, g, value=0.001)
print(v.tolist())
