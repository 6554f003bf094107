import torch

x = torch.tensor([[1., -2.], [3., 4.]], requires_grad=True)
print(x.clone().grad_fn.name())
print(x.expand(3, 2, 2).grad_fn.name())
print(torch.cat([x, x]).grad_fn.name(), torch.stack([x, x]).grad_fn.name())
print(x.exp().grad_fn.name(), x.log().grad_fn.name(), x.tanh().grad_fn.name())
print(x.sigmoid().grad_fn.name(), x.relu().grad_fn.name(), x.abs().grad_fn.name())
print(torch.where(x > 0, x, 0.).grad_fn.name(), torch.softmax(x, 1).grad_fn.name())
print(torch.log_softmax(x, 1).grad_fn.name(), x.clamp(min=0).grad_fn.name())
print(x.float().grad_fn, x.double().grad_fn.name(), x.to(torch.float64).grad_fn.name())
