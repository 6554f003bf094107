# fast.ai chapter 4: fitting a quadratic a*t^2 + b*t + c to noisy speeds with SGD, params printed each step.
import torch

torch.manual_seed(42)
time = torch.arange(0, 20).float()
speed = torch.randn(20) * 3 + 0.75 * (time - 9.5) ** 2 + 1

def f(t, params):
    a, b, c = params
    return a * (t ** 2) + (b * t) + c

def mse(preds, targets):
    return ((preds - targets) ** 2).mean()

params = torch.randn(3).requires_grad_()
orig_params = params.clone()
lr = 1e-5
for i in range(8):
    preds = f(time, params)
    loss = mse(preds, speed)
    loss.backward()
    params.data -= lr * params.grad.data
    params.grad = None
    print(loss.item(), params.data)
print(orig_params)
