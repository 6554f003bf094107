# Q: which dtypes can require gradients?
import torch

for dtype in (torch.float16, torch.float64, torch.complex64, torch.int32, torch.bool, torch.uint8):
    try:
        t = torch.zeros(2, dtype=dtype, requires_grad=True)
        print(dtype, t.requires_grad)
    except RuntimeError as e:
        print(dtype, e)
z = torch.tensor([1 + 2j], requires_grad=True)
(z.abs() ** 2).sum().backward()
print(z.grad)
try:
    torch.tensor([True, False]).requires_grad_()
except RuntimeError as e:
    print(e)
