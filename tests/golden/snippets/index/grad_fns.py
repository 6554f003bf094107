import torch

x = torch.arange(6., requires_grad=True).reshape(2, 3)
print(x[0])
print(x[:, 1:])
print(x[[0, 1], [0, 2]])
print(x[x > 2])
print(x[..., 0])
print(x[None].grad_fn)
