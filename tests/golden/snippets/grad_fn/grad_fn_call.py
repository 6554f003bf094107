import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * torch.tensor([3., 4.])
print(y.grad_fn(torch.tensor([1., 1.])))
print(x.grad)
print((x / 2).grad_fn(torch.tensor([1., 1.])))
