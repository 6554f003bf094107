# fast.ai-style SGD from scratch: calc_grad, apply_step with in-place updates, and a train_epoch report.
import torch

torch.manual_seed(0)
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

def apply_step(params, prn=True):
    preds = f(time, params)
    loss = mse(preds, speed)
    loss.backward()
    params.data -= lr * params.grad.data
    params.grad = None
    if prn:
        print(loss.item())
    return preds

for i in range(5):
    apply_step(params)
print(params, orig_params)
