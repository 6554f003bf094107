# Q: does turning requires_grad off clear .grad?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * 3).sum().backward()
w.requires_grad_(False)
print(w.grad, w.requires_grad)
y = w * 3
print(y.requires_grad, y.grad_fn)
w.requires_grad = True
(w * 2).sum().backward()
print(w.grad)
