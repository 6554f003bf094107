# Integer tensors cannot require gradients.
import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, e)
x = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)
print(x)
try:
    torch.arange(3).requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, e)
