# Section 2.1: forward differences vs autograd for a cubic
import torch

torch.set_default_dtype(torch.float64)


def f(x):
    return x * x * x - 2 * x


x0 = torch.tensor(1.5, requires_grad=True)
f(x0).backward()
exact = x0.grad.item()
print("autograd:", exact)
for h in [1e-1, 1e-2, 1e-3, 1e-4]:
    fd = (f(torch.tensor(1.5 + h)) - f(torch.tensor(1.5))) / h
    print(f"h={h:.0e} fd={fd.item():.8f} err={abs(fd.item() - exact):.2e}")
