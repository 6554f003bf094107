# The older register_backward_hook on a conv layer and a full backward pre-hook that rescales.
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(1, 2, 3)
def printgradnorm(self, grad_input, grad_output):
    print('Inside ' + self.__class__.__name__ + ' backward')
    print('grad_input: ', type(grad_input), len(grad_input))
    print('grad_output size:', grad_output[0].size())
    print('grad_input norms:', [None if g is None else round(g.norm().item(), 4) for g in grad_input])
conv.register_backward_hook(printgradnorm)
out = conv(torch.randn(1, 1, 5, 5, requires_grad=True))
out.sum().backward()
lin = nn.Linear(3, 1)
lin.register_full_backward_pre_hook(lambda m, grad_output: (grad_output[0] * 10,))
handle = lin.register_full_backward_hook(lambda m, gi, go: print('full', go[0].flatten(), gi[0].shape))
x = torch.ones(2, 3, requires_grad=True)
y = lin(x)
print(y.grad_fn)
y.sum().backward()
print(lin.bias.grad)
try:
    lin.register_backward_hook(printgradnorm)
except RuntimeError as e:
    print(e)
handle.remove()
