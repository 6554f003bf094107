# Q: requires_grad=True on an integer tensor.
import torch

for dtype in (torch.int64, torch.int32, torch.uint8, torch.bool):
    try:
        torch.zeros(2, dtype=dtype, requires_grad=True)
    except RuntimeError as e:
        print(dtype, e)
t = torch.tensor([1, 2, 3])
try:
    t.requires_grad_()
except RuntimeError as e:
    print(e)
print(t.float().requires_grad_().dtype)
