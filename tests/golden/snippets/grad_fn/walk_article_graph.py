import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([2., 4.], requires_grad=True)
z = 6*x**2 - 2*y**3

def walk(fn, depth=0):
    print("  " * depth + type(fn).__name__)
    for child, index in fn.next_functions:
        if child is not None:
            walk(child, depth + 1)

walk(z.grad_fn)
