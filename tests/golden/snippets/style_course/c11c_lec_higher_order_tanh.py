# Lecture: repeated differentiation - the first five derivatives of tanh at a point.
import torch

x = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
y = torch.tanh(x)
derivs = [y]
for k in range(5):
    (y,) = torch.autograd.grad(y, x, create_graph=True)
    derivs.append(y)
for k, d in enumerate(derivs):
    print(k, repr(d.item()), d.grad_fn is not None)
t = torch.tanh(x).item()
print("by hand d1:", 1 - t ** 2, "d2:", -2 * t * (1 - t ** 2))
x32 = torch.tensor([0.0, 0.5, 1.0, 3.0], requires_grad=True)
y = torch.tanh(x32)
g1 = torch.autograd.grad(y.sum(), x32, create_graph=True)[0]
g2 = torch.autograd.grad(g1.sum(), x32, create_graph=True)[0]
g3 = torch.autograd.grad(g2.sum(), x32)[0]
print(g1)
print(g2)
print(g3)
