# torch.special.log_ndtr: both branches (x < -1 goes through erfcx), its gradient, out=, and refusals.
import torch
x = torch.tensor([-10.0, -2.0, 0.0, 3.0], requires_grad=True)
y = torch.special.log_ndtr(x)
print(y)
y.sum().backward()
print(x.grad)
print(torch.special.log_ndtr(torch.tensor([-5, 0, 2])))
xd = torch.tensor([-30.0, -1.5, 0.5], dtype=torch.float64, requires_grad=True)
print(torch.special.log_ndtr(xd), torch.autograd.grad(torch.special.log_ndtr(xd).sum(), xd))
out = torch.empty(2)
print(torch.special.log_ndtr(torch.tensor([0.1, -0.1]), out=out), out)
for bad in [lambda: torch.special.log_ndtr(torch.tensor([1j])), lambda: torch.special.log_ndtr(2.0),
            lambda: torch.special.log_ndtr(torch.tensor([True]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(torch.autograd.gradcheck(torch.special.log_ndtr, (torch.tensor([-4.0, -1.2, 0.3, 2.0], dtype=torch.float64, requires_grad=True),)))
