# Autograd sheet, task 5: gradients accumulate -- predict x.grad after each call
import torch

x = torch.ones(2, requires_grad=True)
for step in range(3):
    (x * (step + 1)).sum().backward()
    print(step, x.grad)
x.grad.zero_()
print(x.grad)
x.grad = None
(x ** 2).sum().backward()
print(x.grad)
