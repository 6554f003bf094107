# Gradients built with create_graph=True: where PyTorch's formula multiplies or adds a number,
# its graph shows the Scalar overload's node (MulBackward1, AddBackward1), one edge.
import torch

def names(fn, depth=0):
    if fn is None or depth > 4:
        return
    print("  " * depth + fn.name(), len(fn.next_functions))
    for child, _ in fn.next_functions:
        names(child, depth + 1)

ops = {
    "sqrt": lambda x: (x * x + 1).sqrt(),
    "log2": lambda x: (x * x + 1).log2(),
    "log1p": lambda x: (x * x).log1p(),
    "expm1": torch.expm1,
    "asin": lambda x: torch.asin(x * 0.3),
    "erf": torch.erf,
    "std": lambda x: x.std(),
    "addcmul": lambda x: torch.addcmul(x, x, x, value=0.5),
    "pow base 2": lambda x: torch.pow(2.0, x),
}
for name, f in ops.items():
    x = torch.tensor([0.25, -0.5, 0.75], requires_grad=True)
    g, = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    print(name, g)
    names(g.grad_fn)
    print(torch.autograd.grad(g.sum(), x)[0])
