# Writing into a slice without in-place ops: slice_scatter, select_scatter, diagonal_scatter
import torch

torch.manual_seed(0)
x = torch.zeros(3, 4, requires_grad=True)
cols = torch.randn(3, 2, requires_grad=True)
y = torch.slice_scatter(x, cols, dim=1, start=0, step=2)
print(y)
row = torch.arange(4.0, requires_grad=True)
z = y.select_scatter(row, 0, -1)
d = torch.diagonal_scatter(z, torch.full((3,), 9.0), offset=1)
print(d)
(d * torch.arange(12.0).reshape(3, 4)).sum().backward()
print(x.grad)
print(cols.grad)
print(row.grad)
print(d.grad_fn, d.grad_fn.next_functions[0][0], z.grad_fn.next_functions[0][0])
for bad in (lambda: torch.slice_scatter(x, cols, 1),
            lambda: torch.select_scatter(x, row, 0, 3),
            lambda: torch.diagonal_scatter(x, torch.ones(2)),
            lambda: torch.slice_scatter(x, cols, 1, 0, 4, 0)):
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
