# In-place ops on views of a non-leaf: the base's CopySlices takes the op's edges after the
# first, the view is seen again through AsStridedBackward0 (with its geometry).
import torch

def walk(fn, depth=0):
    print("  " * depth + (fn.name() if fn is not None else "None"))
    if fn is not None:
        for child, _ in fn.next_functions:
            walk(child, depth + 1)

x = torch.tensor([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0], [0.5, 1.5, 2.5]], requires_grad=True)
w = torch.tensor([2.0, 3.0, 4.0], requires_grad=True)
cases = {
    "slice mul_ number": lambda y: y[:2].mul_(2),
    "t add_": lambda y: y.t().add_(1),
    "view mul_ tensor": lambda y: y.view(9)[3:6].mul_(w),
    "select zero_": lambda y: y.select(1, 0).zero_(),
    "diagonal clamp_": lambda y: y.diagonal().clamp_(min=2.0),
    "row copy_": lambda y: y[1].copy_(w),
}
for name, write in cases.items():
    y = x * 1
    v = write(y)
    print(name)
    walk(y.grad_fn)
    print(v.grad_fn.name(), v.grad_fn._saved_size, v.grad_fn._saved_stride, v.grad_fn._saved_storage_offset)
    x.grad = w.grad = None
    (y * y).sum().backward()
    print(y, x.grad, w.grad)
