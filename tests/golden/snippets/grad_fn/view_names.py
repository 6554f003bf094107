import torch

x = torch.arange(6., requires_grad=True)
print(x.view(2, 3).grad_fn.name())
print(x.reshape(3, 2).grad_fn.name())
m = x.view(2, 3)
print(m.t().grad_fn.name(), m.T.grad_fn.name(), m.mT.grad_fn.name())
print(m.transpose(0, 1).grad_fn.name(), m.permute(1, 0).grad_fn.name())
print(m.t().reshape(6).grad_fn.name())
print(m.t().flatten().grad_fn.name())
print(m.unsqueeze(0).grad_fn.name(), m.unsqueeze(0).squeeze(0).grad_fn.name())
