# F.pdist / torch.pdist: every p, its gradient and node, empty results, a transposed input and the refusals.
import torch, torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(5, 3, requires_grad=True)
d = F.pdist(x)
print(d, type(d.grad_fn).__name__, type(d.grad_fn.next_functions[0][0]).__name__, d.grad_fn._saved_p)
d.sum().backward(); print(x.grad)
for p in (0, 1, 1.5, 3, float('inf')):
    print(p, F.pdist(x.detach(), p))
print(F.pdist(torch.randn(1, 4)), F.pdist(torch.randn(0, 4)))
for bad in [lambda: F.pdist(torch.randn(2, 3, 4)), lambda: F.pdist(torch.randn(3, 2), -1),
            lambda: F.pdist(torch.tensor([[1, 2], [3, 4]])), lambda: F.pdist(torch.randn(3)),
            lambda: torch.pdist(torch.randn(3, 2).double())]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
x2 = torch.randn(4, 2, dtype=torch.float64, requires_grad=True)
for p in (1, 2, 3, float('inf')):
    print(torch.autograd.grad(F.pdist(x2, p).sum(), x2)[0])
xt = torch.randn(3, 4).t()
print(F.pdist(xt))
print(torch.autograd.gradcheck(lambda a: F.pdist(a, 2.5), (torch.randn(4, 3, dtype=torch.float64, requires_grad=True),)))
g = torch.autograd.grad(F.pdist(x).sum(), x, create_graph=True)[0]
try:
    g.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
big = torch.randn(12, 37)
print(F.pdist(big)[:5], F.pdist(big, 1)[-3:], F.pdist(big.double(), 2)[:3])
