# fast.ai lesson: fit a quadratic a*x**2 + b*x + c to noisy points with hand-written SGD, printing loss each step.
import torch

def f(x, a, b, c):
    return a * x ** 2 + b * x + c

torch.manual_seed(42)
x = torch.linspace(-2, 2, steps=20)[:, None]
y = f(x, 3.0, 2.0, 1.0)
noise = torch.randn(y.shape) * 0.3
y = y + noise
print(x.shape, y[:3].squeeze())

def mse(preds, acts):
    return ((preds - acts) ** 2).mean()

def mk_quad(params):
    return lambda x: f(x, *params)

abc = torch.tensor([1.1, 1.1, 1.1])
abc.requires_grad_()
for i in range(10):
    loss = mse(mk_quad(abc)(x), y)
    loss.backward()
    with torch.no_grad():
        abc -= abc.grad * 0.01
    abc.grad.zero_()
    print(f"step={i}; loss={loss.item():.2f}")
print(abc)
print(mse(mk_quad(abc)(x), y))
print(mk_quad(torch.tensor([3.0, 2.0, 1.0]))(torch.tensor([0.5])))
