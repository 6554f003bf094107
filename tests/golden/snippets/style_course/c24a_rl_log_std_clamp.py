# Clamping the log-std head to a safe range
import torch

log_std = torch.tensor([-25.0, -3.0, 0.5, 4.0], requires_grad=True)
clamped = log_std.clamp(-20, 2)
print(clamped)
clamped.sum().backward()
print(log_std.grad)
lo = torch.tensor(-5.0)
hi = torch.tensor([2.0, 2.0, 0.0, 2.0])
print(torch.clamp(log_std.detach(), min=lo, max=hi))
print(torch.tanh(log_std.detach()) * 0 + 1)
try:
    log_std.clamp()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
