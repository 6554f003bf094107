# A custom Function that marks its input dirty returns that same tensor, history rebased, version counted twice; a leaf refuses; no_grad.
import torch
class AddOneInplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.add_(1)
        ctx.mark_dirty(x)
        return x
    @staticmethod
    def backward(ctx, grad):
        return grad * 2
class Ident(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x
    @staticmethod
    def backward(ctx, grad):
        return grad
x = torch.tensor([3.0, 1.0], requires_grad=True)
y = x * 1
v0 = y._version
z = AddOneInplace.apply(y)
print(z, z is y, y.grad_fn, y._version - v0, y.grad_fn.next_functions)
z.sum().backward()
print(x.grad)
try:
    AddOneInplace.apply(x)
except RuntimeError as e:
    print(e)
w = Ident.apply(x)
print(w is x, w.grad_fn)
with torch.no_grad():
    q = AddOneInplace.apply(torch.zeros(2))
print(q, q._version)
