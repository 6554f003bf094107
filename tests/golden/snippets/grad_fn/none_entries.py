import torch

x = torch.tensor([1., 2.], requires_grad=True)
c = torch.tensor([5., 6.])
print((x * c).grad_fn.next_functions)
print((c * x).grad_fn.next_functions)
print((x + c).grad_fn.next_functions)
print((x ** 2).grad_fn.next_functions)
print(x.sum().grad_fn.next_functions)
