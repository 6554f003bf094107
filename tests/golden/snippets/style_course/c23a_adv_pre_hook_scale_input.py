# forward_pre_hook: rescale the input before the layer sees it
import torch
import torch.nn as nn

lin = nn.Linear(3, 1, bias=False)
nn.init.constant_(lin.weight, 1.0)
def halve(module, args):
    print("pre-hook sees", args[0].shape, type(args).__name__)
    return (args[0] * 0.5,)
h = lin.register_forward_pre_hook(halve)
x = torch.tensor([[2.0, 4.0, 6.0]], requires_grad=True)
y = lin(x)
y.backward()
print(y, x.grad)
h.remove()
print(lin(x))
