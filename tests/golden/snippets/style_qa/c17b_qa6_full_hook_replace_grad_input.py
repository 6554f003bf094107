# Q: changing grad_input in a full backward hook
import torch
from torch import nn

scale = nn.Identity()
def clamp_input_grad(module, grad_input, grad_output):
    return (grad_input[0].clamp(max=1.0),)

scale.register_full_backward_hook(clamp_input_grad)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(scale(x * 2) * torch.tensor([0.5, 1.0, 4.0])).sum().backward()
print(x.grad)
def wrong(module, grad_input, grad_output):
    return grad_input[0]
scale.register_full_backward_hook(wrong)
try:
    scale(x * 2).sum().backward()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
