import torch

x = torch.tensor([[1., 5.], [6., 2.]], requires_grad=True)
r = x.max(dim=1)
print(r)
print(r.values.grad_fn)
r.values.sum().backward()
print(x.grad)
