import torch

x = torch.ones(2, 3, requires_grad=True)
print(x.view(3, 2).grad_fn)
print(x.reshape(6).grad_fn)
print(x.t().grad_fn)
print(x.T.grad_fn)
print(x.transpose(0, 1).grad_fn)
print(x.permute(1, 0).grad_fn)
print(x.unsqueeze(0).grad_fn)
print(x.flatten().grad_fn)
print(x.expand(4, 2, 3).grad_fn)
