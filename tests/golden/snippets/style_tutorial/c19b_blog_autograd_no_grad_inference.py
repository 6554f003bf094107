# Understanding autograd part 3: inference without the graph
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(4, 3)
out = model(x)
print(out.requires_grad, out.grad_fn)
with torch.no_grad():
    out = model(x)
print(out.requires_grad, out.grad_fn)
with torch.inference_mode():
    out = model(x)
print(out.requires_grad, torch.is_inference_mode_enabled(), out.is_inference())
try:
    (out * model.weight.sum()).sum().backward()
except RuntimeError as e:
    print(e)
