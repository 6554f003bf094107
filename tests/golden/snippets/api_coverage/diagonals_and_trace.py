import torch

v = torch.tensor([1., 2., 3.], requires_grad=True)
m = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
print(torch.diag(v))
print(torch.diag(v, 1), torch.diag(v, -1).shape)
print(torch.diag(m), m.diag(1), torch.diag(m, -1))
print(m.diagonal(), torch.diagonal(m, offset=1))
print(torch.diag_embed(m))
print(torch.diag_embed(v, offset=-1, dim1=1, dim2=0))
print(torch.trace(m), torch.tensor([[1, 2], [3, 4]]).trace())
t = torch.diag(v).sum() + (m.diagonal() * 2).sum() + m.trace() + torch.diag(m, 1).sum()
t.backward()
print(v.grad)
print(m.grad)
print(torch.diag(v).grad_fn, torch.diag(m).grad_fn, m.diagonal().grad_fn, m.trace().grad_fn)
d = m.detach().clone()
d.diagonal().fill_(0)
print(d)
for f in [lambda: torch.diag(torch.zeros(2, 2, 2)), lambda: torch.trace(v), lambda: m.diagonal(0, 1, 1)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
