# Quiz B40: grad.zero_ vs grad = None vs grad.detach_
import torch

w = torch.ones(2, requires_grad=True)
(w * 3).sum().backward()
g = w.grad
w.grad.zero_()
print(g, g is w.grad)
(w * 3).sum().backward()
print(g, w.grad)
w.grad = None
(w * 3).sum().backward()
print(g, w.grad, g is w.grad)
