# A full backward hook sees grad_input and grad_output of a module.
import torch
from torch import nn

lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]]))
    lin.bias.zero_()

def report(module, grad_input, grad_output):
    print(type(module).__name__, [None if g is None else g.shape for g in grad_input])
    print('grad_output', grad_output)

lin.register_full_backward_hook(report)
x = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
lin(x).pow(2).sum().backward()
print(x.grad)
