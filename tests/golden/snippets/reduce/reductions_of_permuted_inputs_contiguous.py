# reductions of a permuted tensor give row-major results, as PyTorch allocates them (.stride(), .view())
import torch
torch.manual_seed(0)
x = torch.randn(37, 5, 19).permute(2, 1, 0)
s = x.sum(1)
print(s.stride(), s.is_contiguous(), s.view(-1)[:3], x.mean(1).stride(), x.sum((0, 1)).stride(), x.amax(1).stride())
print(x.norm(dim=0).sum().item(), x.sum(1, keepdim=True).stride(), x.sum().item())
img = torch.randn(4, 6, 5, 3).permute(0, 3, 1, 2)
print(img.mean((2, 3)).stride(), img.sum(1).stride(), img.mean((0, 2, 3)).stride())
x = torch.randn(37, 5, 19).permute(2, 1, 0)
for name, f in [("amax", lambda t: t.amax(1)), ("max", lambda t: t.max(1).values), ("prod", lambda t: t.prod(1)),
                ("argmax", lambda t: t.argmax(1)), ("logsumexp", lambda t: t.logsumexp(1)), ("var", lambda t: t.var(1)),
                ("std", lambda t: t.std(1)), ("norm", lambda t: t.norm(dim=1)), ("any", lambda t: (t > 0).any(1)),
                ("all", lambda t: (t > 0).all(1)), ("median", lambda t: t.median(1).values), ("softmax", lambda t: t.softmax(1)),
                ("cumsum", lambda t: t.cumsum(1)), ("mean", lambda t: t.mean(1)), ("sum", lambda t: t.sum(1)), ("min", lambda t: t.min(1).values),
                ("count_nonzero", lambda t: t.count_nonzero(1)), ("nansum", lambda t: t.nansum(1)), ("aminmax", lambda t: t.aminmax(dim=1).min)]:
    y = f(x)
    print(name, y.stride(), y.is_contiguous())
t = torch.randn(3, 4)
print(t.amax(), t.amax().shape, t.prod(), t.var(), t.std(), t.norm(), (t > 0).any(), (t > 0).all(), t.count_nonzero(), t.aminmax(), t.cumsum(0).stride(), torch.tensor(2.).cumsum(0), torch.tensor(3.).amax(), t.t().cumsum(0).stride(), t.t().norm(dim=0).stride())
