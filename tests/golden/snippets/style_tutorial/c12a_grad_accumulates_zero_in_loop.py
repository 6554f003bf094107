# Autograd basics page: gradients accumulate across backward calls until zeroed.
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
x = torch.tensor([0.5, 0.25, 2.0])
for i in range(3):
    y = (w * x).sum() ** 2
    y.backward()
    print(i, y.item(), w.grad)
w.grad.zero_()
print(w.grad)
for i in range(2):
    w.grad = None
    loss = torch.sigmoid(w @ x)
    loss.backward()
    print(i, loss.item(), w.grad)
out = w.exp()
out.backward(torch.ones_like(out))
g1 = w.grad.clone()
out = w.exp()
out.sum().backward()
print(torch.equal(w.grad, 2 * g1), w.grad)
print(w.grad.requires_grad, w.grad.grad_fn, w.is_leaf)
