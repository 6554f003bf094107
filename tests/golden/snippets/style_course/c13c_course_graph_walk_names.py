import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = (a * b).sin()
d = c.sum() + (a ** 2).mean()


def walk(fn, depth=0, seen=None):
    seen = set() if seen is None else seen
    if fn is None or fn in seen:
        return
    seen.add(fn)
    label = fn.name()
    if hasattr(fn, "variable"):
        label += f" -> leaf {fn.variable.tolist()}"
    print("  " * depth + label)
    for nxt, _ in fn.next_functions:
        walk(nxt, depth + 1, seen)


walk(d.grad_fn)
print(d.grad_fn.next_functions[0][1])
print(c.is_leaf, a.is_leaf, c.requires_grad)
d.backward()
print(a.grad, b.grad)
