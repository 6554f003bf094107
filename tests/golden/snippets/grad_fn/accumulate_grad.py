import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
acc = y.grad_fn.next_functions[0][0]
print(acc)
print(type(acc).__name__)
print(acc.name())
print(acc.variable)
print(acc.variable is x)
print(acc.next_functions)
