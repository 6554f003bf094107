# Q: my manual gradient descent makes w a non-leaf and w.grad becomes None on the next step.
import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 6.0])
w = torch.tensor(0.0, requires_grad=True)
loss = ((w * x - y) ** 2).mean()
loss.backward()
w = w - 0.1 * w.grad
print(w, w.is_leaf)
loss = ((w * x - y) ** 2).mean()
loss.backward()
print(w.grad)
w = torch.tensor(0.0, requires_grad=True)
for step in range(5):
    loss = ((w * x - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
    print(step, round(loss.item(), 6), w.item())
