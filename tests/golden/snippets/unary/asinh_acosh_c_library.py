# asinh and acosh in float32 and float64 as the C library computes them (PyTorch's loops call it), small and large tensors.
import torch
torch.manual_seed(0)
for dtype in (torch.float32, torch.float64):
    for n in (1, 7, 40, 300):
        x = (torch.rand(n, dtype=dtype) * 2 - 1) * 6
        a = torch.asinh(x)
        b = torch.acosh(x.abs() + 1)
        print(dtype, n, a.sum().item(), b.sum().item(), a[:3].tolist(), b[:3].tolist())
print(torch.asinh(torch.tensor([0.0, -0.0, float("inf"), float("nan"), 1e-30])), torch.acosh(torch.tensor([1.0, 0.5, float("inf")])))
print(torch.asinh(torch.tensor([1, 2])), torch.acosh(torch.tensor([2.0], dtype=torch.float16)), torch.asinh(torch.tensor([2.0], dtype=torch.bfloat16)))
x = torch.tensor([0.5, 2.0], requires_grad=True)
y = torch.asinh(x) + torch.acosh(x + 1)
y.sum().backward()
print(y, x.grad)
