import torch
x = torch.tensor([-2., -0.5, 0.5, 2., 3.], requires_grad=True)
lo = torch.tensor([-1., 0., 0., 1., 4.], requires_grad=True)
hi = torch.tensor(1.5, requires_grad=True)
y = torch.clamp(x, lo, hi)
print(y, y.grad_fn)
(y * torch.arange(5.)).sum().backward()
print(x.grad, lo.grad, hi.grad)
print(torch.clamp(torch.tensor([1, 5, 9]), torch.tensor([2, 2, 2]), torch.tensor([4, 4, 4])))
print(torch.clamp(torch.tensor([1, 5, 9]), min=torch.tensor(2.5)))
print(x.clamp(max=torch.tensor([0., 0., 0., 0., 0.])).grad_fn, x.clamp(torch.tensor(0.), 1.))
try:
    torch.clamp(x, torch.tensor([1., 2.]))
except RuntimeError as e:
    print("RuntimeError:", e)
for f in [lambda: torch.clamp(x, torch.tensor([0., 1., 0., 0., 0.]), 1.), lambda: x.clamp(torch.tensor([0., 1., 0., 0., 0.]), 1.), lambda: x.clamp(2, torch.tensor([0., 1., 0., 0., 0.]))]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
