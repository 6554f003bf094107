import torch
x = torch.tensor([[1., 4., 2.], [3., 0.5, 5.]], requires_grad=True)
v = torch.tensor([1., 4., 2., 8.], requires_grad=True)
print(torch.diff(x), x.diff(dim=0), torch.diff(v, n=2), torch.diff(v, n=5))
print(torch.diff(v, prepend=torch.tensor([0.]), append=torch.tensor([9., 10.])))
print(torch.diff(torch.tensor([1, 3, 7])), torch.diff(torch.tensor([True, False, False])))
print(torch.diff(x).grad_fn, torch.diff(v, n=2).grad_fn)
print(x.t().ravel(), torch.ravel(x), x.t().ravel().grad_fn)
print(torch.movedim(torch.zeros(2, 3, 4), 0, -1).shape, torch.moveaxis(torch.zeros(2, 3, 4), (0, 1), (2, 0)).shape, x.movedim(1, 0).grad_fn)
print(torch.swapaxes(x, 0, 1).shape, torch.swapdims(x, 0, 1).grad_fn)
print(torch.atleast_1d(torch.tensor(1.)), torch.atleast_2d(v), torch.atleast_3d(x).shape, torch.atleast_2d(torch.tensor(1.), v))
print(torch.atleast_3d([v]), torch.atleast_2d(v).grad_fn)
print(torch.vstack([v, v]), torch.vstack([torch.tensor(1.), torch.tensor(2.)]), torch.vstack([v, v]).grad_fn)
print(torch.dstack([x, x]).shape, torch.dstack([torch.tensor([1., 2.])]), torch.column_stack([v, v]), torch.column_stack([torch.tensor(1.), torch.tensor([2.])]))
(torch.diff(v, n=2).pow(2).sum() + torch.column_stack([v, v]).sum() + x.t().ravel()[1] + torch.dstack([x, x]).sum()).backward()
print(v.grad, x.grad)
for f in [lambda: torch.diff(x, n=-1), lambda: torch.diff(torch.tensor(1.)), lambda: torch.diff(x, prepend=torch.zeros(3)),
          lambda: torch.movedim(x, (0,), (0, 1))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
