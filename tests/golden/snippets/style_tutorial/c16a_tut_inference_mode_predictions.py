# torch.inference_mode for predictions; the outputs are inference tensors
import torch
from torch import nn

torch.manual_seed(1647)
model = nn.Linear(3, 1)
x = torch.randn(4, 3)
with torch.inference_mode():
    y = model(x)
print(y.requires_grad, y.is_inference(), y.grad_fn)
with torch.no_grad():
    z = model(x)
print(z.requires_grad, z.is_inference(), torch.equal(y, z))
try:
    (y * 2).sum().backward()
except RuntimeError as e:
    print(e)
print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
