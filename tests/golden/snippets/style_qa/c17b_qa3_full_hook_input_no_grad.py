# Q: grad_input is None in my full backward hook
import torch
from torch import nn

lin = nn.Linear(3, 1)
def show(module, grad_input, grad_output):
    print('grad_input', grad_input)
    print('grad_output', grad_output)

lin.register_full_backward_hook(show)
data = torch.ones(2, 3)
lin(data).sum().backward()
print(lin.weight.grad)
