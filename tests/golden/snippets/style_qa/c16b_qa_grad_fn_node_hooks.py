# Q: hooks on a grad_fn node see grad_inputs and grad_outputs.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * torch.tensor([3.0, 4.0])
c = b.sum()

def show(grad_inputs, grad_outputs):
    print('in', grad_inputs, 'out', grad_outputs)

b.grad_fn.register_hook(show)
b.grad_fn.register_prehook(lambda gouts: print('pre', gouts))
c.backward()
print(a.grad)
