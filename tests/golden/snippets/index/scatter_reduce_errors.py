import torch

base = torch.ones(2, requires_grad=True)
idx = torch.tensor([0, 1, 0, 1])
src = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)

for reduce in ["max", "min", "add", "multiply"]:
    try:
        out = base.scatter_reduce(0, idx, src, reduce)
        print(reduce, out)
        out.sum().backward()
    except RuntimeError as e:
        print(reduce, "RuntimeError", e)
try:
    base.scatter_reduce(0, idx, src.double(), "sum")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    base.scatter_reduce(0, torch.tensor([0, 5]), src, "sum")
except RuntimeError as e:
    print("RuntimeError", e)

# A src larger than index: forward uses its first elements; backward refuses the gradient.
a = torch.ones(2, 3, requires_grad=True)
b = torch.arange(8.0).reshape(2, 4).requires_grad_()
index = torch.tensor([[0, 2, 0], [1, 1, 2]])
for name, make in [("sum", lambda: a.scatter_reduce(1, index, b, "sum")),
                   ("amax", lambda: a.scatter_reduce(1, index, b, "amax")),
                   ("prod", lambda: a.scatter_reduce(1, index, b, "prod")),
                   ("scatter_add", lambda: a.scatter_add(1, index, b)),
                   ("scatter", lambda: a.scatter(1, index, b))]:
    out = make()
    print(name, out.detach())
    try:
        out.sum().backward()
    except RuntimeError as e:
        print(name, "RuntimeError", e)
