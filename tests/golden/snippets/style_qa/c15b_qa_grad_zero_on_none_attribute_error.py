# Q: "'NoneType' object has no attribute 'zero_'" on the first iteration of my manual loop.
import torch

w = torch.tensor([0.5, -0.5], requires_grad=True)
print(w.grad)
try:
    w.grad.zero_()
except AttributeError as e:
    print(e)
for step in range(2):
    loss = (w * torch.tensor([1.0, 2.0])).sum() ** 2
    if w.grad is not None:
        w.grad.zero_()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    print(step, loss.item(), w.grad, w)
