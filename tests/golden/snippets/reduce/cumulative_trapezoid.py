# cumulative_trapezoid: running trapezoid sums with a constant spacing, spacings from x, ints and half.
import torch

y = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
z = torch.cumulative_trapezoid(y)
print(z, z.grad_fn, z.grad_fn.next_functions[0][0])
z.sum().backward()
print(y.grad)
print(torch.cumulative_trapezoid(y, dx=0.5))
zx = torch.cumulative_trapezoid(y, torch.tensor([0.0, 1.0, 3.0, 6.0]))
print(zx, zx.grad_fn)
print(torch.cumulative_trapezoid(torch.arange(6.0).view(2, 3), dim=0))
print(torch.cumulative_trapezoid(torch.arange(6.0).view(2, 3), torch.tensor([[0.0, 1.0, 3.0]])))
print(torch.cumulative_trapezoid(torch.tensor([1, 2, 4])), torch.cumulative_trapezoid(torch.tensor([1, 2, 4]), dx=3))
print(torch.cumulative_trapezoid(torch.tensor([1, 2, 4]), torch.tensor([0, 1, 3])))
print(torch.trapezoid(torch.tensor([1, 2, 4]), torch.tensor([0, 1, 3])))
print(torch.cumulative_trapezoid(torch.tensor([1.0])), torch.cumulative_trapezoid(torch.zeros(0)))
h = torch.tensor([0.1, 0.7, 0.3, 0.9], dtype=torch.float16)
print(torch.cumulative_trapezoid(h, dx=0.3), torch.trapezoid(h, dx=0.3))
for bad in (lambda: torch.cumulative_trapezoid(torch.tensor([True, False])),
            lambda: torch.cumulative_trapezoid(torch.ones(3), torch.ones(4)),
            lambda: torch.cumulative_trapezoid(torch.ones(3), torch.tensor([True, False, True]))):
    try:
        bad()
    except RuntimeError as e:
        print(e)
