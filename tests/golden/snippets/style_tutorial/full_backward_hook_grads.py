# register_full_backward_hook sees grad_input and grad_output of a module.
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
def bhook(module, grad_input, grad_output):
    print('grad_output', [g.shape for g in grad_output])
    print('grad_input', [None if g is None else g.shape for g in grad_input])
lin.register_full_backward_hook(bhook)
x = torch.randn(4, 3, requires_grad=True)
lin(x).sum().backward()
print(x.grad.shape, torch.allclose(x.grad, lin.weight.sum(0).expand(4, 3)))
lin2 = nn.Linear(3, 2)
lin2.register_full_backward_hook(bhook)
lin2(torch.randn(1, 3)).sum().backward()
