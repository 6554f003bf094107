import torch

print(torch.median(torch.tensor([], dtype=torch.int64)), torch.logcumsumexp(torch.tensor([[-0.0, 1.0]]), 0))
print(torch.tensor(2.5).unfold(0, 1, 1), torch.movedim(torch.tensor(3.), 0, -1), torch.trapezoid(torch.tensor([1, 2, 4])))
print(torch.roll(torch.tensor(1.), 1), torch.cumprod(torch.tensor(2.), 0), torch.kthvalue(torch.tensor(3.), 1))
checks = [
    lambda: torch.roll(torch.tensor(1.), 1, 0), lambda: torch.kthvalue(torch.tensor([]), 1),
    lambda: torch.std_mean(torch.tensor([1, 2])), lambda: torch.take(torch.tensor([]), torch.tensor([0])),
    lambda: torch.hypot(torch.tensor([3]), torch.tensor([4])), lambda: torch.logaddexp(torch.tensor([1]), torch.tensor([2])),
    lambda: torch.dist(torch.tensor([1]), torch.tensor([2])), lambda: torch.trapezoid(torch.tensor(1.)),
    lambda: torch.lerp(torch.tensor([1]), torch.tensor([2]), 0.5),
    lambda: torch.index_add(torch.zeros(3), 0, torch.tensor([0, 1]), torch.ones(1)),
    lambda: torch.meshgrid(torch.tensor([1.]), torch.tensor([[[0.9, 0.], [1.5, -2.]], [[3., 4.], [5., 6.]]]), indexing='ij'),
    lambda: torch.meshgrid(torch.tensor([1.]), torch.tensor([[1e-5, 3.]]), indexing='ij'),
    lambda: torch.meshgrid(torch.tensor([1.]), torch.tensor([[123.5, 1.]]), indexing='ij'),
]
for check in checks:
    try:
        check()
    except (RuntimeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
