import torch


def chain(node, depth=0):
    name = type(node).__name__ if node is not None else "None"
    print("  " * depth + name)
    for child, _ in (node.next_functions if node is not None else ()):
        chain(child, depth + 1)


torch.manual_seed(0)
for sa, sb in (((2, 3, 4), (4, 5)), ((2, 3, 4), (2, 4, 5)), ((3, 4), (2, 4, 5)), ((4,), (2, 4, 5)),
               ((2, 3, 4), (4,)), ((2, 1, 3, 4), (1, 2, 4, 5)), ((2, 2, 3, 4), (4, 5)), ((1, 3, 4), (2, 4, 5))):
    a = torch.randn(*sa, requires_grad=True)
    b = torch.randn(*sb, requires_grad=True)
    r = a @ b
    print(sa, sb, tuple(r.shape), r.is_contiguous(), r.stride())
    chain(r.grad_fn)
    r.backward(torch.randn(r.shape))
    print(a.grad.sum().item(), b.grad.sum().item())
# a weight used as x @ w.T (nn.Linear's layout) on a batch
w = torch.randn(5, 4, requires_grad=True)
x = torch.randn(2, 3, 4)
y = x @ w.t()
chain(y.grad_fn)
# without requires_grad on the smaller side the fold depends on the layout
print((torch.randn(2, 4, 3).transpose(1, 2) @ torch.randn(4, 5)).shape)
p = torch.randn(2, 3, 4, requires_grad=True)
q = torch.randn(4, 5)
chain((p @ q).grad_fn)
chain((p.transpose(0, 1) @ q).grad_fn)
