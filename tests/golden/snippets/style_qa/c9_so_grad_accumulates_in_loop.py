# Q: why does x.grad keep growing in my loop? backward accumulates; zero it, or use autograd.grad which does not.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(3):
    y = (x ** 2).sum()
    y.backward()
    print(i, x.grad)
x.grad.zero_()
for i in range(2):
    y = (x ** 3).sum()
    y.backward()
    print(i, x.grad)
    x.grad = None
print(x.grad)
g1 = torch.autograd.grad((x ** 2).sum(), x)
g2 = torch.autograd.grad((x ** 2).sum(), x)
print(g1, g2, x.grad)
lr = 0.1
for step in range(3):
    loss = ((x - 3) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        x -= lr * x.grad
    x.grad.zero_()
    print(step, x, loss.item())
