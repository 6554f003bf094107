# One parameter update four ways: by hand with .data, under no_grad, with optim.SGD, and with functional grad.
import torch

def loss_fn(w):
    return ((w - torch.tensor([1.0, -2.0])) ** 2).sum()

lr = 0.1
w1 = torch.tensor([0.0, 0.0], requires_grad=True)
loss_fn(w1).backward()
w1.data -= lr * w1.grad.data
print(w1, w1.grad)

w2 = torch.tensor([0.0, 0.0], requires_grad=True)
loss_fn(w2).backward()
with torch.no_grad():
    w2 -= lr * w2.grad
print(w2, w2.is_leaf, w2.requires_grad)

w3 = torch.tensor([0.0, 0.0], requires_grad=True)
opt = torch.optim.SGD([w3], lr=lr)
loss_fn(w3).backward()
opt.step()
print(w3)

w4 = torch.tensor([0.0, 0.0], requires_grad=True)
(g,) = torch.autograd.grad(loss_fn(w4), w4)
w4_new = w4 - lr * g
print(w4_new, w4_new.is_leaf, w4_new.grad_fn)
print(torch.equal(w1, w2), torch.equal(w2, w3), torch.equal(w3.detach(), w4_new.detach()))
w5 = torch.tensor([0.0, 0.0], requires_grad=True)
loss_fn(w5).backward()
try:
    w5 -= lr * w5.grad
except RuntimeError as e:
    print("RuntimeError:", e)
w5 = w5 - lr * w5.grad
print(w5.is_leaf, w5.grad)
