# gradient of amax aggregation splits evenly between tied maxima
import torch

msg = torch.tensor([2., 5., 5., 1., 3., 3.], requires_grad=True)
dst = torch.tensor([0, 0, 0, 1, 1, 1])
out = torch.zeros(2).scatter_reduce(0, dst, msg, reduce="amax", include_self=False)
print(out)
out.sum().backward()
print(msg.grad)
msg.grad = None
out = torch.zeros(2).scatter_reduce(0, dst, msg, reduce="mean", include_self=True)
print(out, out.grad_fn.name())
(out * torch.tensor([1., 2.])).sum().backward()
print(msg.grad)
