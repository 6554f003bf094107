import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    y.requires_grad = True
except RuntimeError as e:
    print(type(e).__name__, e)
print(y.requires_grad, y.detach().requires_grad_(False).requires_grad)
y.requires_grad_(False)
