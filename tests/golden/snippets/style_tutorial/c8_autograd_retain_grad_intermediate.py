# Inspecting intermediate gradients in a tutorial: retain_grad, is_leaf, grad of a non-leaf warning, hooks.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.retain_grad()
z = y.pow(2)
w = z.sum()
print(y.is_leaf, z.is_leaf, y.retains_grad, z.retains_grad)
w.backward()
print(x.grad, y.grad)
print(z.grad)
grads = {}
def save_grad(name):
    def hook(grad):
        grads[name] = grad
    return hook
a = torch.ones(2, requires_grad=True)
b = a * 3
b.register_hook(save_grad("b"))
(b * b).sum().backward()
print(grads["b"], a.grad)
print(torch.autograd.grad((a * a).sum(), a))
c = torch.tensor(2.0, requires_grad=True)
d = torch.tensor(5.0, requires_grad=True)
print(torch.autograd.grad(c * 3, [c, d], allow_unused=True))
print(torch.autograd.grad(c * 3, [c, d], allow_unused=True, materialize_grads=True))
