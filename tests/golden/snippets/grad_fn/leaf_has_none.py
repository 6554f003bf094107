import torch

x = torch.tensor([1., 2.], requires_grad=True)
c = torch.tensor([1., 2.])
print(x.grad_fn, c.grad_fn)
print((c * 2).grad_fn)
print(x.detach().grad_fn)
with torch.no_grad():
    print((x * 2).grad_fn)
