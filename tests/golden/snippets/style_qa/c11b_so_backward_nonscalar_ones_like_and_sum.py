# Q: backward on a vector output: pass gradient=torch.ones_like(y), or call .sum() first -- same grads?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 3
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
y.backward(torch.ones_like(y), retain_graph=True)
g1 = x.grad.clone()
x.grad = None
y.sum().backward(retain_graph=True)
print(g1, x.grad, torch.equal(g1, x.grad))
x.grad = None
y.backward(torch.tensor([1.0, 0.1, 0.01]), retain_graph=True)
print(x.grad)
x.grad = None
try:
    y.backward(torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
(gx,) = torch.autograd.grad(y, x, grad_outputs=torch.ones(3))
print(gx)
M = torch.eye(2, requires_grad=True)
(M * 2).backward(torch.full((2, 2), 0.5))
print(M.grad)
