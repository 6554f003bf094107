# Floor and trunc division: floor_divide's NotImplemented node, div(rounding_mode=...)'s DivBackward2, fmod-based floor values.
import torch
x = torch.tensor([0.7, 1.2, -2.5], requires_grad=True)
y = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)
c = torch.tensor([2.0, -1.0, 0.5])
cases = {
    "x // 1": lambda: x // 1,
    "x // y": lambda: x // y,
    "x // c": lambda: x // c,
    "c // y": lambda: c // y,
    "2 // x": lambda: 2 // x,
    "floor_divide": lambda: torch.floor_divide(x, 2),
    "x.floor_divide(y)": lambda: x.floor_divide(y),
    "div floor scalar": lambda: torch.div(x, 2, rounding_mode="floor"),
    "div floor tensor": lambda: torch.div(x, y, rounding_mode="floor"),
    "div trunc scalar": lambda: torch.div(x, 2, rounding_mode="trunc"),
    "div trunc tensor": lambda: x.div(y, rounding_mode="trunc"),
    "div none": lambda: torch.div(x, 2, rounding_mode=None),
    "div tensor none": lambda: torch.div(x, y),
    "true_divide": lambda: torch.true_divide(x, 2),
    "x / 2": lambda: x / 2,
    "x % y": lambda: x % y,
    "fmod": lambda: torch.fmod(x, 2),
    "fmod t": lambda: torch.fmod(x, y),
    "remainder 2": lambda: torch.remainder(2.0, y) if False else torch.remainder(x, 2),
}
for name, fn in cases.items():
    r = fn()
    g = r.grad_fn
    print(f"{name:18s}", r, r.requires_grad, None if g is None else g.name(), None if g is None else len(g.next_functions))
    try:
        gx = torch.autograd.grad(r.sum(), [x, y], allow_unused=True)
        print("   grads", gx)
    except RuntimeError as e:
        print("   RuntimeError:", e)
xi = x.detach().clone()
xi.requires_grad_()
z = xi * 1
z //= 2
print(z, z.grad_fn.name())
z = xi * 1
z.floor_divide_(2)
print(z, z.grad_fn.name())
z = xi * 1
z.div_(2, rounding_mode="floor")
print(z, z.grad_fn.name())
a = torch.tensor([1.0, 0.3, -1.0, 7.0, 5.5, 0.0, -0.0, 1.0])
b = torch.tensor([0.1, 0.1, 0.1, 0.7, -1.1, 3.0, 3.0, 0.0])
print(torch.div(a, b, rounding_mode="floor"))
print(a // b, torch.floor(a / b))
print(torch.div(a, b, rounding_mode="trunc"))
print(torch.div(a, 0.1, rounding_mode="floor"), a // 0.1)
print(torch.div(a.double(), 0.1, rounding_mode="floor"))
print(torch.div(torch.tensor([7, -7]), 2, rounding_mode="floor"), torch.div(torch.tensor([7, -7]), 2, rounding_mode="trunc"))
print(torch.div(torch.tensor([7, -7]), 2.5, rounding_mode="floor"))
print(torch.remainder(a, b), torch.fmod(a, b))
