# Autograder: a student's function returns (loss, (grad_w, grad_b))
import torch


def loss_and_grads(w, b, x, y):
    pred = x @ w + b
    loss = ((pred - y) ** 2).mean()
    gw = 2 * x.T @ (pred - y) / len(y)
    gb = 2 * (pred - y).mean()
    return loss, (gw, gb)


x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = torch.tensor([1.0, 0.0, 1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.3, requires_grad=True)
loss = ((x @ w + b - y) ** 2).mean()
loss.backward()
torch.testing.assert_close(loss_and_grads(w.detach(), b.detach(), x, y), (loss.detach(), (w.grad, b.grad)))
print("loss and grads: PASS")
try:
    torch.testing.assert_close(loss_and_grads(w.detach(), b.detach(), x, y), (loss.detach(), (w.grad, b.grad * 2)))
except AssertionError as e:
    print(e)
