import torch

a = torch.tensor([[0., 0.], [3., 4.], [1., 1.]], requires_grad=True)
b = torch.tensor([[0., 0.], [1., 2.]], requires_grad=True)
print(torch.cdist(a, b))
print(torch.cdist(a, b, p=1), torch.cdist(a, b, p=float('inf')))
print(torch.cdist(a, b, p=3).grad_fn)
torch.cdist(a, b).sum().backward()
print(a.grad, b.grad)
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
v = torch.tensor([1., 2.], requires_grad=True)
cp = torch.cartesian_prod(v, torch.tensor([3., 4.]))
print(cp, cp.grad_fn)
print(torch.cartesian_prod(torch.tensor([1., 2.])))
m = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
bd = torch.block_diag(m, torch.tensor([5., 6., 7.]), torch.tensor(8.))
print(bd, bd.grad_fn)
print(torch.block_diag(torch.tensor([[1, 2]]), torch.tensor([3])))
(bd * torch.arange(24.).reshape(4, 6)).sum().backward()
print(m.grad)
for f in [lambda: torch.cdist(v, v), lambda: torch.cdist(a, torch.ones(2, 3)), lambda: torch.cartesian_prod(v, m),
          lambda: torch.block_diag(torch.ones(2, 2, 2))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
