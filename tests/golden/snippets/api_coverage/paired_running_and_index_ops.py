import torch
x = torch.tensor([[3., 1., 2., 5.], [4., 4., 0., 1.], [2., 7., 7., 2.]], requires_grad=True)
print(torch.aminmax(x), x.aminmax(dim=1), torch.aminmax(x, dim=0, keepdim=True))
print(torch.aminmax(x).min.grad_fn, torch.aminmax(torch.tensor([3, 1, 2])))
print(torch.std_mean(x), torch.var_mean(x, 1), torch.std_mean(x, dim=0, keepdim=True, unbiased=False), torch.var_mean(x, correction=0))
print(torch.std_mean(x)[0].grad_fn, torch.var_mean(x, 1)[1].grad_fn)
print(torch.cummax(x, 1), x.cummin(dim=0))
print(torch.cummax(torch.tensor([1., float('nan'), 3., 3.]), 0), torch.cummin(torch.tensor([3, 1, 1, 2]), 0))
print(torch.logcumsumexp(x, 1), x.logcumsumexp(0).grad_fn, torch.cummax(x, 1).values.grad_fn)
print(torch.rot90(x), torch.rot90(x, 2, [1, 0]), torch.rot90(x, -1).grad_fn)
print(torch.masked_select(x, x > 2.5), torch.masked_select(x, torch.tensor([True, False, True, False])), x.masked_select(x < 1).grad_fn)
print(torch.take(x, torch.tensor([[0, 5], [-1, 11]])), x.take(torch.tensor([1])).grad_fn)
print(torch.index_add(x, 0, torch.tensor([0, 0]), torch.ones(2, 4)), x.index_add(1, torch.tensor([3, 1]), torch.ones(3, 2), alpha=2).grad_fn)
print(torch.scatter_add(torch.zeros(2, 3), 1, torch.tensor([[0, 0], [2, 1]]), torch.tensor([[1., 2.], [3., 4.]])), x.scatter_add(1, torch.tensor([[0], [1], [2]]), torch.ones(3, 1)).grad_fn)
mn, mx = torch.aminmax(x, dim=1)
sd, mu = torch.std_mean(x, 0)
(mn.sum() + 2 * mx.sum() + sd.sum() + mu.pow(2).sum() + torch.cummax(x, 1).values.sum() + torch.logcumsumexp(x, 0)[2].sum()
 + torch.rot90(x)[0].sum() + torch.masked_select(x, x > 3).sum() + torch.take(x, torch.tensor([0, 0, 5])).sum()).backward()
print(x.grad)
s = torch.tensor([1., 2., 3.], requires_grad=True)
w = torch.zeros(4).index_add(0, torch.tensor([1, 1, 3]), s) + torch.zeros(4).scatter_add(0, torch.tensor([2, 2, 0]), s * 10)
w.pow(2).sum().backward()
print(w, s.grad)
z = torch.zeros(2, 2)
z.index_add_(0, torch.tensor([1]), torch.ones(1, 2))
z.scatter_add_(1, torch.tensor([[1], [0]]), torch.full((2, 1), 5.))
print(z)
for f in [lambda: torch.rot90(x, 1, [0]), lambda: torch.rot90(torch.ones(3), 1), lambda: torch.rot90(x, 1, [0, 0]),
          lambda: torch.masked_select(x, torch.tensor([1, 0, 1, 0])), lambda: torch.index_add(x, 0, torch.tensor([0, 5]), torch.ones(2, 4)),
          lambda: torch.aminmax(torch.tensor([])), lambda: torch.logcumsumexp(torch.tensor([1, 2]), 0)]:
    try:
        f()
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    torch.take(x, torch.tensor([12]))
except IndexError as e:
    print("IndexError:", e)
