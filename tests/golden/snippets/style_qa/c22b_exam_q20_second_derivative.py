import torch

# Q20. Compute f''(x) for f(x) = x^4 - 3x^2 at x = 1 using autograd twice.
x = torch.tensor(1.0, requires_grad=True)
f = x ** 4 - 3 * x ** 2
df, = torch.autograd.grad(f, x, create_graph=True)
print("f'  =", df, df.requires_grad)
d2f, = torch.autograd.grad(df, x)
print("f'' =", d2f)
print("check:", 12 * 1.0 ** 2 - 6)
