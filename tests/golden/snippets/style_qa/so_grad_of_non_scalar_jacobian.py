# Q: the gradient of each output w.r.t. the input: backward per element, autograd.grad with grad_outputs, jacobian.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2
grads = []
for i in range(3):
    g, = torch.autograd.grad(y[i], x, retain_graph=True)
    grads.append(g)
print(torch.stack(grads))
print(torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y), retain_graph=True))
print(torch.autograd.functional.jacobian(lambda t: t ** 2, x))
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
z = x.sum()
print(torch.autograd.grad(z, [x], create_graph=True)[0].requires_grad)
try:
    torch.autograd.grad(z, x)
except RuntimeError as e:
    print(str(e)[:90])
