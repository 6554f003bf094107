import torch
nan = float('nan')
x = torch.tensor([[1., -2., 0.], [nan, 5., -0.]])
v = torch.tensor([0.5, 2., 3.], requires_grad=True)
w = torch.tensor([1., 2., nan], requires_grad=True)
print(torch.argwhere(x), torch.isin(torch.tensor([1, 2, 3]), torch.tensor([2, 5])), torch.isin(torch.tensor([1., 2.]), torch.tensor([2.]), invert=True))
print(torch.tril_indices(3, 3), torch.triu_indices(3, 4, 1), torch.tril_indices(4, 3, -1))
print(torch.signbit(x), torch.fmax(x, v), torch.fmin(x, torch.tensor([0.5, nan, nan])), torch.fmax(torch.tensor([1, 5]), torch.tensor([3, 2])))
print(torch.fmax(v, w), torch.fmax(v, w).grad_fn)
print(torch.xlogy(v, v), torch.xlogy(torch.tensor([0., 0., 2.]), torch.tensor([0., nan, 3.])), torch.xlogy(2, v), torch.xlogy(v, v).grad_fn)
print(torch.sinc(torch.tensor([0., 0.5, 1., 1.5, -2.25])), torch.sinc(v).grad_fn)
print(torch.tensor_split(torch.arange(7), 3), torch.tensor_split(torch.arange(8), [1, 5]), torch.tensor_split(torch.arange(6).reshape(2, 3), 2, dim=1))
print(torch.hsplit(torch.arange(12.).reshape(3, 4), 2), torch.vsplit(torch.arange(12.).reshape(4, 3), [1, 3]), torch.hsplit(torch.arange(6), 3))
print(torch.dist(v, torch.zeros(3)), torch.dist(v, w.detach().nan_to_num(), 1), torch.dist(v, torch.ones(3), 3), torch.dist(v, torch.ones(3)).grad_fn)
print(torch.msort(torch.tensor([[3., 1.], [1., 2.], [2., 0.]])))
print(torch.trapezoid(v), torch.trapz(v, dx=2), torch.trapezoid(torch.tensor([[1., 2., 4.], [0., 1., 1.]]), dim=1), torch.trapezoid(v, torch.tensor([0., 1., 3.])), torch.trapezoid(v).grad_fn)
(torch.fmax(v, w).sum() + torch.fmin(v, w).sum() + torch.xlogy(v, v + 1).sum() + torch.sinc(v).sum() + torch.dist(v, torch.ones(3)) + torch.trapezoid(v) + torch.tensor_split(v, 2)[1].sum()).backward()
print(v.grad, w.grad)
for f in [lambda: torch.hsplit(torch.arange(5), 2), lambda: torch.vsplit(torch.arange(4), 2), lambda: torch.tensor_split(torch.tensor(1.), 2), lambda: torch.tensor_split(v, 0)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
