# The classes of graph nodes: C++ classes in PyTorch (module builtins), a custom Function's node in
# torch.autograd.function.
import torch
x = torch.ones(2, requires_grad=True)
y = (x * 2).sum()
acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(type(y.grad_fn).__module__, type(acc).__module__, type(y.grad_fn).__qualname__, repr(type(y.grad_fn)), repr(type(acc)))
print(type(y.grad_fn).__name__, type(acc).__name__, y.grad_fn, acc)
class F(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a): return a * 2
    @staticmethod
    def backward(ctx, g): return g * 2
z = F.apply(x)
print(type(z.grad_fn).__module__, repr(type(z.grad_fn)), type(z.grad_fn).__name__)
w = x.clone()
w[0] = 5
print(repr(type(w.grad_fn)), type(w.grad_fn).__module__)
