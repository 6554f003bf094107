# composing flow transforms and their log|det J|
import torch
from torch.distributions.transforms import AffineTransform, ComposeTransform, SigmoidTransform

t = ComposeTransform([AffineTransform(0.0, 2.0), SigmoidTransform()])
x = torch.tensor([-1.0, 0.0, 1.5])
y = t(x)
print(y)
print(t.log_abs_det_jacobian(x, y))
print(torch.allclose(t.inv(y), x, atol=1e-6))
print(t)
