# Pixel tensors loaded as uint8 cannot require gradients: convert to float first
import torch

img = torch.tensor([[0, 128, 255], [64, 32, 16]], dtype=torch.uint8)
try:
    img.requires_grad_(True)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = (img.float() / 255).requires_grad_()
(x * 2).sum().backward()
print(x.grad, x.dtype)
print(img.to(torch.float32).div(255).round(decimals=3))
