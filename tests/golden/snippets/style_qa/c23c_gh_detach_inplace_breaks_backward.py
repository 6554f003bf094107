# Modifying a detached alias of a saved tensor is caught by the version check.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.detach().zero_()
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
x2 = torch.tensor([1.0, 2.0], requires_grad=True)
y2 = x2 * 3
y2.detach().zero_()
y2.sum().backward()
print(y2, x2.grad)
