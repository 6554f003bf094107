import torch
from torch.func import vmap

torch.manual_seed(0)
A = torch.randn(3, 4)
v = torch.randn(4)
print(vmap(torch.dot, in_dims=(0, None))(A, v))
print(A @ v)
print(vmap(lambda row: row.softmax(0))(A))
print(vmap(lambda col: col.sum(), in_dims=1)(A))
print(vmap(torch.outer)(A[:2], A[1:]).shape)
print(vmap(lambda a, b: a * b, in_dims=(1, 0), out_dims=1)(A[:, :3], A[:3, :3]))
print(vmap(vmap(lambda s: s * 2))(A[:2, :2]))
print(torch.vmap(torch.sin)(v))
for bad in [
    lambda: vmap(lambda a, b: a + b)(torch.ones(2), torch.ones(3)),
    lambda: vmap(torch.sin, in_dims=1)(v),
    lambda: vmap(lambda a: a.item())(v),
    lambda: vmap(lambda a: a + torch.randn(()))(v),
    lambda: vmap(lambda a: 3.0)(v),
    lambda: vmap(lambda a, b: a * b, in_dims=(None, None))(v, v),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
