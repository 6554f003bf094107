# Changing requires_grad of a non-leaf is refused; detach() instead.
import torch

x = torch.ones(2, requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print(e)
y_no_grad = y.detach()
print(y_no_grad.requires_grad)
y.requires_grad = True
print(y.requires_grad)
