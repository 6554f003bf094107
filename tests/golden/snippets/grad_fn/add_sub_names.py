import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([3., 4.], requires_grad=True)
print((x + y).grad_fn)
print((x + 1).grad_fn)
print((1 + x).grad_fn)
print((x - y).grad_fn)
print((x - 1).grad_fn)
print((1 - x).grad_fn)
print(torch.rsub(x, y).grad_fn)
print(torch.add(x, y, alpha=2).grad_fn)
