# RMSNorm: module repr, default eps per dtype, graph, gradients, half inputs, and the argument checks.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = (torch.randn(3, 5) * 2).requires_grad_()
norm = nn.RMSNorm(5)
print(norm, norm.eps, [n for n, _ in norm.named_parameters()], list(norm.state_dict()))
print(nn.RMSNorm([2, 5], eps=1e-6), nn.RMSNorm(4, elementwise_affine=False).weight)
with torch.no_grad():
    norm.weight.copy_(torch.linspace(0.5, 1.5, 5))
y = norm(x)
print(y)
print(y.grad_fn.name(), [type(f).__name__ for f, _ in y.grad_fn.next_functions])
(y * torch.arange(5.0)).sum().backward()
print(x.grad)
print(norm.weight.grad)
print(F.rms_norm(x.detach().double(), (5,)))
print(F.rms_norm(torch.full((2, 4), 1e-4), (4,)), F.rms_norm(torch.full((2, 4), 1e-4), (4,), eps=1e-6))
print(F.rms_norm(torch.randn(2, 2, 3), (2, 3), torch.ones(2, 3)))
h = (torch.randn(2, 6) * 0.01).half().requires_grad_()
yh = F.rms_norm(h, (6,), torch.ones(6, dtype=torch.half))
print(yh, yh.grad_fn.name())
print(F.rms_norm(torch.randn(2, 3).bfloat16(), [3]))
for args in [((5,),), ((4,), torch.ones(3)), ((),), ((3, 4), torch.ones(4)), (4,)]:
    try:
        F.rms_norm(torch.randn(3, 4), *args)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    F.rms_norm(torch.arange(4), (4,))
except NotImplementedError as e:
    print("NotImplementedError", e)
