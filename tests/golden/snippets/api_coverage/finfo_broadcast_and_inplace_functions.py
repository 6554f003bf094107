import torch
for d in (torch.float32, torch.float64, torch.float16):
    f = torch.finfo(d)
    print(f, f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)
print(torch.finfo(), torch.finfo(torch.float32).eps)
for d in (torch.int64, torch.int32, torch.uint8, torch.int8, torch.int16):
    i = torch.iinfo(d)
    print(i, i.bits, i.max, i.min, i.dtype)
for f in [lambda: torch.iinfo(torch.bool), lambda: torch.finfo(torch.int32)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
x = torch.ones(2, requires_grad=True)
a, b = torch.broadcast_tensors(x, torch.zeros(3, 1))
print(a, b.shape, a.grad_fn, torch.broadcast_tensors(torch.tensor(1.), torch.arange(3.))[0])
print(torch.unravel_index(torch.tensor([4, 7, -1]), (2, 4)), torch.unravel_index(torch.tensor(5), (2, 3)), torch.unravel_index(torch.tensor([3]), 5))
print(torch.real(x) is x, torch.conj(x) is x, x.real is x, x.conj() is x, x.resolve_conj() is x, torch.scalar_tensor(3), torch.scalar_tensor(2, dtype=torch.int64), torch.detach(x * 2))
print(torch.row_stack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
for f in [lambda: torch.imag(x), lambda: x.imag]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
y = torch.tensor([1.5, -2.5])
torch.ceil_(y)
torch.arcsin_(torch.tensor([0.5]))
print(y, torch.fix_(torch.tensor([-1.5, 2.7])), torch.clamp_min_(torch.tensor([-1., 2.]), 0.), torch.zero_(torch.ones(2)))
