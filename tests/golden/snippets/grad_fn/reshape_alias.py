import torch

x = torch.randn(3, 4, requires_grad=True)
for name, make in (("t same", lambda: x.t().reshape(4, 3)), ("t flat", lambda: x.t().reshape(12)),
                   ("contiguous", lambda: x.reshape(4, 3)), ("expand same", lambda: x.expand(3, 4).reshape(3, 4)),
                   ("expand t", lambda: x.t().expand(4, 3).reshape(4, 3)),
                   ("permuted", lambda: x.view(3, 2, 2).permute(1, 0, 2).reshape(2, 3, 2)),
                   ("split", lambda: x.t().reshape(2, 2, 3)), ("slice", lambda: x[:, :2].reshape(3, 2)),
                   ("slice flat", lambda: x[:, :2].reshape(6)), ("rows", lambda: x[1:].reshape(8)),
                   ("unsqueezed", lambda: x.t().reshape(4, 1, 3))):
    r = make()
    print(name, r.grad_fn.name(), r.is_contiguous(), r._base is not None)
r = x.t().reshape(2, 2, 3)
(r * torch.arange(12.).reshape(2, 2, 3)).sum().backward()
print(x.grad)
y = x.detach().clone().requires_grad_() * 1
v = y.t().reshape(4, 3)
v.mul_(2)
print(v.grad_fn.name(), y.grad_fn.name())
