# backward on a leaf itself and on an expanded leaf.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
x.backward(torch.tensor([3.0, 4.0]))
print(x.grad)
x.grad = None
e = x.expand(3, 2)
print(e.is_leaf, e.grad_fn.__class__.__name__, e.stride())
e.sum().backward()
print(x.grad)
x.grad = None
x.unsqueeze(0).repeat(2, 1).sum().backward()
print(x.grad)
