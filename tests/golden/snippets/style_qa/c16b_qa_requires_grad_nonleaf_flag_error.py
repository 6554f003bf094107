# Q: setting requires_grad=False on an intermediate result.
import torch

src = torch.ones(2, requires_grad=True)
hidden = src + 1
try:
    hidden.requires_grad = False
except RuntimeError as e:
    print(e)
frozen = hidden.detach()
frozen.requires_grad = True
print(frozen.is_leaf, frozen.requires_grad, frozen.grad_fn)
hidden.requires_grad_(True)
print(hidden.requires_grad)
