import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
f1 = y.grad_fn
f2 = y.grad_fn
print(f1 is f2, f1 == f2)
a = y.grad_fn.next_functions[0][0]
b = (x + 1).grad_fn.next_functions[0][0]
print(a is b)
print(y.sum().grad_fn.next_functions[0][0] is y.grad_fn)
