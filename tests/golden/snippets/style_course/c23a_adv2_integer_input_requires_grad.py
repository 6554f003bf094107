# Pixel tensors loaded as uint8 cannot require gradients: convert to float first
import torch

img = torch.tensor([[0, 128, 255], [64, 32, 16]], dtype=torch.uint8)
for make_leaf in (lambda: img.requires_grad_(True), lambda: torch.zeros(3, dtype=torch.int64, requires_grad=True)):
    try:
        make_leaf()
    except RuntimeError as err:
        print(type(err).__name__, "->", err)
x = (img.float() / 255).requires_grad_()
(x * 2).sum().backward()
print(x.grad, x.dtype)
print(img.to(torch.float32).div(255).round(decimals=3))
