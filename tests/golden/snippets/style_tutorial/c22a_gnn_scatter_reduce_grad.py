import torch

msg = torch.tensor([[1.0], [4.0], [2.0], [4.0]], requires_grad=True)
dst = torch.tensor([[0], [0], [1], [1]])
out = torch.full((2, 1), -1e9).scatter_reduce(0, dst, msg, reduce="amax", include_self=False)
print(out)
out.sum().backward()
print(msg.grad)
s = torch.zeros(2, 1).scatter_reduce(0, dst, msg, reduce="sum")
print(s.grad_fn.name())
