import torch

# Newton's method for f(x) = x^2 - 2, derivative from autograd, in double precision
x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
for it in range(7):
    f = x * x - 2.0
    (df,) = torch.autograd.grad(f, x)
    with torch.no_grad():
        step = f / df
        x -= step
    print(f"iter {it}: x = {x.item()!r}  f = {f.item():.3e}  step = {step.item():.17g}")

print("true sqrt(2):", torch.sqrt(torch.tensor(2.0, dtype=torch.float64)).item())
print("error:", abs(x.item() - 2 ** 0.5))

# the same in float32 stalls at the float32 spacing
y = torch.tensor(1.0, requires_grad=True)
for it in range(6):
    g = y ** 2 - 2
    (dg,) = torch.autograd.grad(g, y)
    with torch.no_grad():
        y -= g / dg
print("float32 result:", y.item(), y)
print("spacing at 1.414:", torch.finfo(torch.float32).eps * 1.414)
