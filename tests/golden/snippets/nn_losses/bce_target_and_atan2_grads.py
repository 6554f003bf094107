# Gradients PyTorch computes with a different formula than the textbook one: binary
# cross-entropy's target gradient is -logit(input) * grad (no clamp at -100; shown as printed,
# logit's float32 log may differ in the last bit), atan2 multiplies by the reciprocal of
# x**2 + y**2 (every bit shown).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
p = torch.rand(4, 6).clamp(0.05, 0.95)
p[0, 0] = 1e-44  # log(p) alone would be clamped at -100, logit is not
t = torch.rand(4, 6, requires_grad=True)
F.binary_cross_entropy(p, t).backward()
print(t.grad)
t.grad = None
F.binary_cross_entropy(p, t, weight=torch.rand(6), reduction="sum").backward()
print(t.grad)

y = torch.randn(5, 7, requires_grad=True)
x = torch.randn(5, 7, requires_grad=True)
angle = torch.atan2(y, x)
angle.backward(torch.randn(5, 7))
print(y.grad.flatten().tolist())
print(x.grad.flatten().tolist())
