import torch

# Gradients of slicing, selecting and indexing, taken with create_graph: each is PyTorch's own
# backward op (slice_backward, select_backward, _index_put_impl_, scatter_add, index_add)
x = torch.tensor([[1.0, -2.0, 3.0, 0.5], [2.0, 1.5, -1.0, 4.0], [0.25, 3.0, 2.0, -0.5]], requires_grad=True)
for name, f in [("slice", lambda t: t[:, 1:3] ** 3), ("select", lambda t: t[1] ** 3),
                ("narrow", lambda t: t.narrow(0, 1, 2) ** 3),
                ("index", lambda t: t[[0, 2]] ** 3), ("gather", lambda t: t.gather(1, torch.tensor([[0], [1], [3]])) ** 3),
                ("index_select", lambda t: t.index_select(1, torch.tensor([0, 0, 2])) ** 3)]:
    (g,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    (h,) = torch.autograd.grad(g.sum(), x)
    print(name, type(g.grad_fn).__name__, [type(n).__name__ for n, _ in g.grad_fn.next_functions])
    print(g)
    print(h)
