# torch.poisson (both of PyTorch's methods: below and from rate 10), exponential_ and geometric_,
# seeded, in float32 and float64, with their argument errors; the stream continues after each.
import torch

torch.manual_seed(0)
print(torch.poisson(torch.tensor([1.0, 4.0, 10.0, 0.0, 30.5, 1000.0])))
print(torch.poisson(torch.tensor([[2.5, 12.0]], dtype=torch.float64)))
r = torch.tensor([3.0, 20.0], requires_grad=True)
p = torch.poisson(r)
print(p, p.requires_grad)
p.sum().backward()
print(r.grad)
g = torch.Generator().manual_seed(3)
print(torch.poisson(torch.full((5,), 7.0), generator=g))
print(torch.poisson(torch.full((2, 3), 0.5), g))
print(torch.empty(4).geometric_(0.2), torch.empty(3, dtype=torch.int64).geometric_(0.7))
print(torch.empty(3, dtype=torch.float64).geometric_(p=0.01))
print(torch.empty(20).exponential_(3.0))
print(torch.empty(2, dtype=torch.float64).exponential_(lambd=0.5))
print(torch.empty(3, dtype=torch.float16).exponential_(), torch.zeros(2, 2).exponential_(generator=g))
rates = torch.rand(1000) * 20
counts = torch.poisson(rates)
print(counts.sum(), counts.max(), torch.empty(1000, dtype=torch.float64).exponential_(2.0).sum())
for f in [lambda: torch.poisson(torch.tensor([-1.0])), lambda: torch.poisson(torch.tensor([1, 2])),
          lambda: torch.empty(2).geometric_(0), lambda: torch.empty(2).geometric_(1.5),
          lambda: torch.empty(2).exponential_(-1), lambda: torch.empty(2, dtype=torch.int64).exponential_(),
          lambda: torch.empty(2).geometric_(1.0), lambda: torch.empty(2).exponential_(0),
          lambda: torch.poisson(torch.tensor(float("nan"))), lambda: torch.empty(2).geometric_(),
          lambda: torch.empty(2).exponential_(foo=1)]:
    try:
        print(f())
    except (RuntimeError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
x = torch.rand(3, requires_grad=True)
try:
    x.exponential_()
except RuntimeError as e:
    print(e)
print(torch.rand(2))
