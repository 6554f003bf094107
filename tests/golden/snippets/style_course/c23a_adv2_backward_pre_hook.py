# register_full_backward_pre_hook: scale the gradient arriving at a module's output
import torch
import torch.nn as nn

lin = nn.Linear(2, 2, bias=False)
nn.init.eye_(lin.weight)
def pre(module, grad_output):
    print("grad_output:", grad_output[0])
    return (grad_output[0] * 2,)
h = lin.register_full_backward_pre_hook(pre)
x = torch.tensor([[1.0, -1.0]], requires_grad=True)
lin(x).sum().backward()
print(x.grad)
print(lin.weight.grad)
h.remove()
