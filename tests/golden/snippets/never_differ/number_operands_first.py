# torch.div/mul/sub/floor_divide take a Python number as their first argument (even two numbers);
# pow, remainder and fmod take no two numbers; the sign of a bool tensor is itself.
import torch

w = torch.tensor([3.0, 7.0], requires_grad=True)
r = torch.div(1, w)
print(r, torch.divide(3, w), torch.true_divide(10, w))
r.sum().backward()
print(w.grad)
print(torch.div(2, 3), torch.mul(2, 3.5), torch.sub(2, 3, alpha=2), torch.mul(True, False))
print(torch.div(7, 2, rounding_mode="trunc"), torch.floor_divide(-7, 2), torch.floor_divide(7.5, 2))
print(torch.sgn(torch.tensor([True, False])))
for bad in (lambda: torch.pow(2, 3), lambda: torch.remainder(5, 3), lambda: torch.fmod(5, 3),
            lambda: torch.float_power(2, 3.0), lambda: torch.floor_divide(1, 0)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
