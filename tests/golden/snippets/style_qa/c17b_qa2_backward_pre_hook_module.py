# Q: change the gradient arriving at a module with a backward pre-hook
import torch
from torch import nn

act = nn.Tanh()

def double_grad(module, grad_output):
    print('pre', grad_output)
    return (grad_output[0] * 2,)

act.register_full_backward_pre_hook(double_grad)
x = torch.tensor([0.0, 1.0], requires_grad=True)
act(x).sum().backward()
print(x.grad)
