# register_multi_grad_hook: one callback once the gradients of several tensors are known.
import torch
from torch.autograd.graph import register_multi_grad_hook

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)

def both(grads):
    print('grads', grads)

handle = register_multi_grad_hook((a, b), both)
(a.sum() * b).sum().backward()
handle.remove()
(a * 2).sum().backward()
print(a.grad, b.grad)
