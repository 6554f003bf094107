# Q: clamp with tensor bounds, clamp on integer tensors, and "At least one of 'min' or 'max' must not be None".
import torch

x = torch.tensor([-2.0, -0.5, 0.5, 2.0])
print(x.clamp(-1, 1), x.clamp(min=0), x.clamp(max=0), x.clip(-0.5, 0.5))
try:
    x.clamp()
except RuntimeError as e:
    print("RuntimeError:", e)
lo = torch.tensor([-1.0, 0.0, 0.0, 1.0])
print(x.clamp(min=lo), torch.clamp(x, lo, lo + 1))
i = torch.tensor([-5, 0, 5])
print(i.clamp(-1, 1), i.clamp(0.5), i.clamp(min=-1.5).dtype)
print(x.clamp(1, -1))
w = torch.tensor([-2.0, 0.5, 3.0], requires_grad=True)
w.clamp(0, 1).sum().backward()
print(w.grad)
print(torch.clamp_min(x, 0), torch.clamp_max(x, 0))
