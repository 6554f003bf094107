# The graph behind a Linear layer's weight gradient, walked by hand (create_graph=True).
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(4, 2)
x = torch.randn(3, 4, requires_grad=True)
y = layer(x)
gx, gw = torch.autograd.grad(y.pow(2).sum(), (x, layer.weight), create_graph=True)

def walk(fn, depth=0):
    print("  " * depth + (type(fn).__name__ if fn is not None else "None"))
    if fn is not None and depth < 3:
        for child, _ in fn.next_functions:
            walk(child, depth + 1)

walk(gw.grad_fn)
walk(gx.grad_fn)
v = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
out = v @ torch.randn(4, 3)
print(out.grad_fn, out.grad_fn.next_functions[0][0])
