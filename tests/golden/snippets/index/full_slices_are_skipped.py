# ATen skips a slice that keeps a whole dim: x[1, :] is one SelectBackward0, x[:, :] an alias
import torch
a = torch.randn(2, 3, 4, requires_grad=True)
for key in [(1, slice(None)), (1, slice(None), slice(None)), (1, slice(0, 3)), (slice(None), slice(None)), (slice(None),), (1, slice(0, 2)), (slice(0, 1),), (Ellipsis, 1), (slice(None), 1), (1, Ellipsis), (None, 1)]:
    print(key, a[key].grad_fn, a[key].shape)
b = a[1, :]
b.sum().backward(); print(a.grad.sum())
print(a[:].grad_fn, a[0:2].grad_fn, a[:, ...].grad_fn, a[..., :].grad_fn, a[...].grad_fn)
