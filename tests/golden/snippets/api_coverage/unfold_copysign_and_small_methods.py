import torch
x = torch.tensor([[1., -2., 0.], [3., 5., -1.]], requires_grad=True)
v = torch.tensor([0.5, -2., 3.], requires_grad=True)
print(torch.diagflat(x), torch.diagflat(v, 1).shape, torch.diagflat(v).grad_fn, torch.positive(x) is x)
print(x.sum_to_size(1, 3), x.sum_to_size(2, 1), x.sum_to_size(1, 3).grad_fn)
u = x.unfold(1, 2, 1)
print(u, u.shape, u.grad_fn, u.stride())
print(torch.arange(8.).unfold(0, 3, 2), torch.arange(8.).unfold(0, 2, 3))
print(x.split_with_sizes([1, 2], 1), x.split_with_sizes([1, 2], 1)[1].grad_fn)
print(torch.copysign(v, -1.), torch.copysign(v, torch.tensor([1., -1., -0.])), torch.copysign(v, -1).grad_fn, torch.copysign(v, v).grad_fn)
print(torch.logaddexp2(v, x), torch.logaddexp2(v, v).grad_fn)
print(torch.heaviside(v, torch.tensor(0.5)), torch.heaviside(torch.tensor([-1., 0., 2.]), torch.tensor([7., 8., 9.])))
print(x.char(), x.is_cpu, x.is_signed(), torch.tensor([0.]).is_nonzero(), x.itemsize, x.nbytes, x.get_device(), x.is_same_size(v))
print(torch.logical_xor(torch.tensor([True, False]), torch.tensor([True, True])), torch.isposinf(torch.tensor([float('inf'), -float('inf')])), torch.isneginf(torch.tensor([float('inf'), -float('inf')])), torch.isreal(v), v.fix(), torch.fix(v).grad_fn)
(x.unfold(1, 2, 1).pow(2).sum() + torch.diagflat(v).sum() + torch.copysign(v, -2.).sum() + torch.copysign(v, x).sum() + torch.logaddexp2(v, x).sum() + x.sum_to_size(1, 3).pow(2).sum()).backward()
print(x.grad, v.grad)
try:
    torch.heaviside(v, torch.tensor(0.5)).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
for f in [lambda: x.is_nonzero(), lambda: x.unfold(1, 4, 1), lambda: torch.heaviside(v, torch.tensor(1))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
