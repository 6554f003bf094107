import torch

# Exam B3-4. What do grad_fn objects look like?
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * 2).sum()
print(y)
print(y.grad_fn)
print(y.grad_fn.next_functions)
acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(type(acc).__name__, acc.variable is x)
print(x.grad_fn, repr(y.grad_fn.name()))
