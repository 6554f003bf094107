import torch

# scatter_reduce: each reduction's gradient, with and without the destination's own values.
def run(self_values, index, src_values, reduce, include_self, dim=0):
    s = torch.tensor(self_values, dtype=torch.float64, requires_grad=True)
    r = torch.tensor(src_values, dtype=torch.float64, requires_grad=True)
    out = s.scatter_reduce(dim, torch.tensor(index), r, reduce, include_self=include_self)
    weights = torch.arange(1.0, out.numel() + 1, dtype=torch.float64).reshape(out.shape)
    (out * weights).sum().backward()
    print(reduce, include_self, out.tolist(), s.grad.tolist(), r.grad.tolist())

for include_self in (True, False):
    run([2.0, 0.0], [0, 0, 1], [2.0, 2.0, 0.0], "amax", include_self)
    run([2.0, 0.0], [0, 1, 1], [1.0, 0.0, 5.0], "amin", include_self)
    run([2.0, 3.0], [0, 0, 1, 1], [0.0, 4.0, 0.0, 0.0], "prod", include_self)
    run([0.0, 3.0], [0, 0, 1], [5.0, 4.0, 2.0], "prod", include_self)
    run([1.0, 2.0, 3.0], [0, 0, 2], [4.0, 5.0, 6.0], "mean", include_self)
    run([1.0, 2.0, 3.0], [0, 0, 2], [4.0, 5.0, 6.0], "sum", include_self)
    run([[1.0, 9.0], [3.0, 4.0]], [[1, 0], [1, 1]], [[5.0, 6.0], [7.0, 8.0]], "amax", include_self, dim=1)

x = torch.ones(2, requires_grad=True)
y = torch.scatter_reduce(x, 0, torch.tensor([0, 1, 0]), torch.tensor([2.0, 3.0, 4.0]), "prod")
print(y, [None if n is None else n.name() for n, _ in y.grad_fn.next_functions])
print(torch.ones(2, dtype=torch.long).scatter_reduce(0, torch.tensor([0, 1, 0]), torch.tensor([-1, -2, -3]), "mean"))
print(torch.zeros(3).scatter_add(0, torch.tensor([0, 0, 2]), torch.tensor([1.0, 2.0, 3.0])))
print(torch.zeros(3).scatter_reduce_(0, torch.tensor([2, 2]), torch.tensor([1.0, 7.0]), "amin", include_self=False))
