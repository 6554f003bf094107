import torch

x = torch.ones(1, 3, requires_grad=True)
print(x.squeeze().grad_fn.name())
print(x.squeeze(0).grad_fn.name())
print(x.unsqueeze(-1).squeeze(-1).grad_fn.name())
print(torch.cat([x, x]).grad_fn.name())
print(torch.stack([x, x]).grad_fn.name())
print(x.t().reshape(3).grad_fn.name())
print(x.mT.grad_fn.name())
print(x.contiguous() is x, x.t().contiguous().grad_fn.name())
