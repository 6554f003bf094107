import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)
except Exception as e:
    print(type(e).__name__, e)
x = torch.tensor([1, 2, 3])
try:
    x.requires_grad_()
except Exception as e:
    print(type(e).__name__, e)
y = x.float().requires_grad_()
print(y, y.dtype)
print(torch.arange(3, dtype=torch.float32, requires_grad=True))
