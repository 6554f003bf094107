# central finite differences against autograd, float32 vs float64
import torch
def f(x):
    return torch.sin(x) * torch.exp(x)
for dtype in (torch.float32, torch.float64):
    x = torch.tensor(0.7, dtype=dtype, requires_grad=True)
    f(x).backward()
    for h in (1e-2, 1e-4, 1e-6):
        fd = (f(x.detach() + h) - f(x.detach() - h)) / (2 * h)
        print(dtype, h, abs(fd.item() - x.grad.item()))
