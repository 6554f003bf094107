import torch

x = torch.tensor([1., 2.], requires_grad=True)
print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
    y = x * 2
    print(y, y.requires_grad, y.grad_fn)
print(torch.is_grad_enabled())
z = x * 2
print(z.requires_grad)
