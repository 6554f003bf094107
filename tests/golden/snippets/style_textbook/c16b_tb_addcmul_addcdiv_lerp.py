# Pointwise fused updates used by optimisers.
import torch

p = torch.tensor([1.0, 2.0, 3.0])
g = torch.tensor([0.5, -0.5, 1.0])
v = torch.tensor([4.0, 1.0, 0.25])
print(torch.addcmul(p, g, g, value=0.1))
print(torch.addcdiv(p, g, v.sqrt(), value=-0.01))
print(torch.lerp(p, torch.zeros(3), 0.25))
print(torch.lerp(p, g, torch.tensor([0.0, 0.5, 1.0])))
p.addcmul_(g, v, value=2)
print(p)
