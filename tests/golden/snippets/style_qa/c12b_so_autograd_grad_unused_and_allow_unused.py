# Q: torch.autograd.grad: "One of the differentiated Tensors appears to not have been used in the graph".
import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
z = x ** 2
try:
    torch.autograd.grad(z, [x, y])
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(x ** 2, [x, y], allow_unused=True))
print(torch.autograd.grad(x ** 2, [x, y], allow_unused=True, materialize_grads=True))
try:
    torch.autograd.grad(z, x, retain_graph=True)
    torch.autograd.grad(z, x)
    torch.autograd.grad(z, x)
except RuntimeError as e:
    print(e)
w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    torch.autograd.grad(w * 2, w)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(w * 2, w, grad_outputs=torch.ones(2)))
try:
    torch.autograd.grad((w * 2).sum(), w.detach())
except RuntimeError as e:
    print(e)
print(x.grad, w.grad)
