import torch

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except RuntimeError as e:
        print(label, "-> RuntimeError", e)

def split_then_mul():
    a = torch.ones(4, requires_grad=True).clone()
    return a.split(2)[0].mul_(2)

def sizes_then_mul():
    a = torch.ones(4, requires_grad=True).clone()
    return a.split([1, 3])[1].mul_(2)

def unbind_then_add():
    a = torch.ones(3, requires_grad=True).clone()
    return a.unbind(0)[0].add_(1)

def chunk_then_mul():
    a = torch.ones(4, requires_grad=True).clone()
    return a.chunk(2)[1].mul_(2)

def view_of_split_output():
    a = torch.ones(4, requires_grad=True).clone()
    return a.split(2)[0][0].mul_(2)

def split_in_no_grad():
    a = torch.ones(4, requires_grad=True).clone()
    parts = a.split(2)
    with torch.no_grad():
        parts[0].mul_(2)
    return a

def split_without_grad():
    a = torch.ones(4)
    a.split(2)[0].mul_(2)
    return a

def no_grad_view_of_leaf():
    a = torch.ones(3, requires_grad=True)
    with torch.no_grad():
        v = a[:2]
    return v.add_(1)

def no_grad_view_of_nonleaf():
    a = torch.ones(3, requires_grad=True).clone()
    with torch.no_grad():
        v = a[:2]
    return v.add_(1)

def no_grad_view_written_in_no_grad():
    a = torch.ones(3, requires_grad=True)
    with torch.no_grad():
        v = a[:2]
        v.add_(1)
    return a

def no_grad_view_of_plain_tensor():
    a = torch.ones(3)
    with torch.no_grad():
        v = a[:2]
    v.add_(1)
    return a

for fn in [split_then_mul, sizes_then_mul, unbind_then_add, chunk_then_mul, view_of_split_output, split_in_no_grad,
           split_without_grad, no_grad_view_of_leaf, no_grad_view_of_nonleaf, no_grad_view_written_in_no_grad,
           no_grad_view_of_plain_tensor]:
    attempt(fn.__name__, fn)

b = torch.ones(2, 2, requires_grad=True).clone()
b.t().add_(1)
print(b.grad_fn.name())
