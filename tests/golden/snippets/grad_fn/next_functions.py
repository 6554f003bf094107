import torch

x = torch.tensor(2., requires_grad=True)
y = x * 3
print(y.grad_fn.next_functions)
z = x * x
print(z.grad_fn.next_functions)
w = y + z
print(w.grad_fn.next_functions)
print(len(w.grad_fn.next_functions))
