import torch
v = torch.tensor([0.5, -2., 3.], requires_grad=True)
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
print(torch.gcd(torch.tensor([12, -18, 0]), torch.tensor([8, 12, 5])), torch.lcm(torch.tensor([4, 6, 0]), torch.tensor([6, 4, 3])), torch.tensor([12]).gcd(torch.tensor([18])))
print(torch.bitwise_left_shift(torch.tensor([1, 2]), 3), torch.tensor([16, -16]) >> 2, torch.tensor([1]) << torch.tensor([4]), torch.bitwise_right_shift(torch.tensor([64], dtype=torch.int32), 3))
print(torch.ldexp(v, torch.tensor([1, 2, 3])), torch.ldexp(v, torch.tensor([1, 2, 3])).grad_fn, torch.frexp(torch.tensor([8., 0.75, -3., 0.])))
print(torch.nextafter(torch.tensor([1.]), torch.tensor([2.])) - 1, torch.vdot(v, v), torch.vdot(v, v).grad_fn)
m = x > 2.5
print(x.masked_scatter(m, torch.arange(10.)), x.masked_scatter(m, torch.arange(10.)).grad_fn)
print(x.put(torch.tensor([0, 5]), torch.tensor([9., 8.])), x.put(torch.tensor([1, 1]), torch.tensor([1., 1.]), accumulate=True), x.put(torch.tensor([0]), torch.tensor([9.])).grad_fn)
print(torch.index_put(x, (torch.tensor([0]), torch.tensor([1])), torch.tensor(7.)), x.index_put((torch.tensor([1]),), torch.tensor(0.)).grad_fn)
s = torch.arange(10., requires_grad=True)
(x.masked_scatter(m, s).pow(2).sum() + x.put(torch.tensor([0, 5]), s[:2] * 3).sum() + torch.ldexp(v, torch.tensor([1, 2, 3])).sum() + torch.vdot(v, v)).backward()
print(x.grad, s.grad, v.grad)
z = torch.zeros(2, 3)
z.masked_scatter_(torch.tensor([[True, False, True], [False, False, True]]), torch.tensor([1., 2., 3.]))
z.put_(torch.tensor([1]), torch.tensor([5.]))
z.index_put_((torch.tensor([1]), torch.tensor([0])), torch.tensor(-1.))
print(z)
for f in [lambda: torch.gcd(torch.tensor([1.]), torch.tensor([2.])), lambda: x.masked_scatter(m, torch.ones(2))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    x.put(torch.tensor([6]), torch.tensor([1.]))
except IndexError as e:
    print("IndexError:", e)
