# Quiz: walk grad_fn.next_functions for z = (a * b + a).sum().
import torch

a = torch.ones(2, requires_grad=True)
b = torch.ones(2, requires_grad=True)
z = (a * b + a).sum()
print(z.grad_fn.name())
add = z.grad_fn.next_functions[0][0]
print(add.name())
for fn, idx in add.next_functions:
    print(type(fn).__name__, idx)
mul = add.next_functions[0][0]
print([type(f).__name__ for f, _ in mul.next_functions])
