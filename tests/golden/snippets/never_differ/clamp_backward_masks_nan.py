import torch

a = torch.tensor([-4., 0., 4.], requires_grad=True)
torch.where(a > 0, torch.sqrt(a.clamp(min=0)), torch.zeros_like(a)).sum().backward()
print(a.grad)
b = torch.tensor([-4., 0., 4.], requires_grad=True)
print(torch.clamp_min(b, 0).grad_fn, torch.clamp_max(b, 0).grad_fn, b.clamp(min=0).grad_fn, b.clamp_min(1).grad_fn)
torch.sqrt(torch.clamp_min(b, 0)).sum().backward()
print(b.grad)
c = torch.tensor([-1., 0.5, 2.], requires_grad=True)
c.clamp_max(1.0).sum().backward()
print(c.grad)
