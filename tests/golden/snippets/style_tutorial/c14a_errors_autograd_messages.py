# Autograd errors from the tutorials' pitfalls: no grad_fn, non-scalar backward, modified saved tensors, numpy().
import torch

a = torch.ones(3)
try:
    (a * 2).sum().backward()
except RuntimeError as e:
    print(1, e)
w = torch.ones(3, requires_grad=True)
try:
    (w * 2).backward()
except RuntimeError as e:
    print(2, e)
y = w.sigmoid()
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print(3, e)
try:
    w.numpy()
except RuntimeError as e:
    print(4, e)
print(w.detach().numpy(), w.data.numpy().dtype)
try:
    torch.autograd.grad((w ** 2).sum(), [torch.ones(2, requires_grad=True)])
except RuntimeError as e:
    print(5, e)
print(torch.autograd.grad((w ** 2).sum(), [w, torch.ones(2, requires_grad=True)], allow_unused=True))
try:
    if torch.tensor([1.0, 2.0]) > 0:
        pass
except RuntimeError as e:
    print(6, e)
