# a JAX-style training loop: pure loss, params as a tuple, functional updates
import torch
try:
    from torch.func import value_and_grad
except ImportError as e:
    print(type(e).__name__, "- torch spells it grad_and_value")
    from torch.func import grad_and_value
    value_and_grad = lambda f: (lambda *a: grad_and_value(f)(*a)[::-1])

def predict(params, x):
    w, b = params
    return x @ w + b

def loss(params, x, y):
    return torch.mean((predict(params, x) - y) ** 2)

torch.manual_seed(0)
x = torch.randn(16, 2)
y = x @ torch.tensor([2.0, -3.0]) + 1.0
params = (torch.zeros(2), torch.tensor(0.0))
for i in range(50):
    val, grads = value_and_grad(loss)(params, x, y)
    params = tuple(p - 0.1 * g for p, g in zip(params, grads))
    if i % 10 == 0:
        print(i, round(val.item(), 5))
print(params)
