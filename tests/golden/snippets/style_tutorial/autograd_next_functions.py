# Walking the backward graph through grad_fn.next_functions.
import torch

x = torch.ones(5)
y = torch.zeros(3)
w = torch.ones(5, 3, requires_grad=True)
b = torch.ones(3, requires_grad=True)
z = torch.matmul(x, w) + b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
print(loss)
print(loss.grad_fn)
print(loss.grad_fn.next_functions)
add = z.grad_fn
print(add.name(), [type(f).__name__ for f, _ in add.next_functions])
loss.backward()
print(w.grad)
print(b.grad)
