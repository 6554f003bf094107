import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = torch.tensor([4., 5.])
xx, yy = torch.meshgrid(x, y, indexing='ij')
print(xx)
print(yy, yy.shape)
gx, gy = torch.meshgrid(x, y, indexing='xy')
print(gx)
print(gy)
print(gx.grad_fn, gy.grad_fn)
(gx * gy).sum().backward()
print(x.grad)
a, b, c = torch.meshgrid([torch.arange(2), torch.arange(3), torch.tensor(7)], indexing='xy')
print(a.shape, b.shape, c.shape, a.dtype)
old_x, old_y = torch.meshgrid(torch.arange(3), torch.arange(2))
print(old_x)
for bad in [dict(indexing='foo'), dict(indexing='ij')]:
    try:
        torch.meshgrid(x, y.double(), **bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
