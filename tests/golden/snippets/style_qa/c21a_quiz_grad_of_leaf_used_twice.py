# Quiz: a leaf used in two branches of the graph.
import torch

x = torch.tensor(2.0, requires_grad=True)
a = x * 3
b = x ** 2
c = a * b
c.backward()
print(x.grad)
print(c.grad_fn.next_functions[0][0].name(), c.grad_fn.next_functions[1][0].name())
