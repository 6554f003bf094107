import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
model[0].weight.requires_grad_(False)
compiled = torch.compile(model)
x = torch.randn(5, 3, requires_grad=True)
out = compiled(x * 2)
print(out.grad_fn, out.grad_fn.name())
print([type(node).__name__ if node is not None else None for node, _ in out.grad_fn.next_functions])
out.sum().backward(retain_graph=True)
print(model[2].bias.grad, x.grad.shape)
out.sum().backward()
try:
    out.sum().backward()
except RuntimeError as e:
    print(str(e).splitlines()[0])
with torch.no_grad():
    print(compiled(x).grad_fn)
eager = torch.compile(model, backend="eager")
print(eager(x).grad_fn)
grads = torch.autograd.grad(compiled(x).sum(), x, create_graph=True)
print(grads[0].grad_fn)
try:
    grads[0].sum().backward()
except RuntimeError as e:
    print(e)
double = torch.compile(lambda t: (t * 2).sin())
w = torch.ones(2, requires_grad=True)
print(double(w).grad_fn.next_functions)
