import torch
torch.manual_seed(0)
x = torch.tensor([[1., 7., 3., 4.], [9., 2., 8., 5.], [0.5, 6., 2.5, 1.5]], requires_grad=True)
print(torch.quantile(x, 0.3))
print(x.quantile(0.3, dim=1), torch.quantile(x, 0.25, dim=0, keepdim=True))
q = torch.tensor([0.1, 0.5, 0.9])
print(torch.quantile(x, q), torch.quantile(x, q, dim=1, keepdim=True).shape, torch.quantile(x, q, dim=0).shape)
for mode in ['lower', 'higher', 'nearest', 'midpoint']:
    print(mode, torch.quantile(x, 0.4, dim=1, interpolation=mode))
print(torch.quantile(x, 0.3).grad_fn, torch.quantile(x, q).grad_fn, torch.quantile(x, 0.3, interpolation='lower').grad_fn)
(torch.quantile(x, 0.3, dim=1).sum() + torch.quantile(x, q).sum()).backward()
print(x.grad)
n = torch.tensor([[1., float('nan'), 3.], [2., 4., 6.]])
print(torch.quantile(n, 0.5, dim=1), torch.nanquantile(n, 0.5, dim=1), n.nanquantile(q), torch.nanquantile(torch.tensor([float('nan')]), 0.5))
r = torch.randn(50)
print(torch.quantile(r, torch.linspace(0, 1, 9)).tolist())
print(torch.quantile(torch.tensor(3.), 0.5), torch.quantile(r.double(), 0.37))
for f in [lambda: torch.quantile(torch.tensor([1, 2]), 0.5), lambda: torch.quantile(x, 1.5), lambda: torch.nanquantile(x, 2.),
          lambda: torch.quantile(x, torch.tensor([0.2, 1.2])), lambda: torch.quantile(x, 0.5, interpolation='foo'),
          lambda: torch.quantile(x, q.double()), lambda: torch.lerp(x, x, torch.tensor([1, 2, 3, 4]))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
a = torch.tensor([1., 2., 3.], requires_grad=True)
b = torch.tensor([10., 20., 30.])
print(torch.lerp(a, b, 0.3), a.lerp(b, torch.tensor([0.1, 0.6, 1.])), torch.lerp(a, b, 0.3).grad_fn, a.lerp(b, torch.tensor(0.5)).grad_fn)
print(torch.lerp(torch.randn(20), torch.randn(20), 0.7).tolist())
