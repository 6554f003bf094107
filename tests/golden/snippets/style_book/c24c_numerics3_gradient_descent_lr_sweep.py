# Section 4.9: sweeping learning rates on a 1-D quadratic
import torch

results = {}
for lr in (0.01, 0.1, 0.5, 0.9, 1.0, 1.1):
    x = torch.tensor(5.0, requires_grad=True)
    for _ in range(20):
        loss = x * x
        (g,) = torch.autograd.grad(loss, x)
        x = (x - lr * g).detach().requires_grad_()
    results[lr] = round(x.item(), 6)
print(results)
