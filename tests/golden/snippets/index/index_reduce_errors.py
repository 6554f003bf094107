# What index_reduce_ refuses (and its integer mean, which floors)
import torch

x = torch.zeros(5, 3)
index = torch.tensor([0, 4, 2, 0])
src = torch.ones(4, 3)
for args in [(0, index, src, "sum"), (0, index.float(), src, "prod"), (0, index, src.double(), "prod"),
             (0, index, torch.ones(3, 3), "prod"), (0, index, torch.ones(4, 2), "prod"), (2, index, src, "prod"),
             (0, index + 3, src, "amax"), (0, index.view(2, 2), src, "prod"), (0, index - 1, src, "mean")]:
    try:
        x.index_reduce_(*args)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    torch.zeros(2, requires_grad=True).index_reduce_(0, torch.tensor([1]), torch.ones(1), "prod")
except RuntimeError as e:
    print(e)
print(torch.full((3,), 7).index_reduce(0, torch.tensor([1, 1, 2]), torch.tensor([-3, 2, 4]), "mean"))
print(torch.full((3,), 7).index_reduce(0, torch.tensor([1, 1, 2]), torch.tensor([-3, 2, 4]), "mean",
                                      include_self=False))
print(torch.zeros(2, 2).index_reduce_(1, torch.tensor([1, 1]), torch.tensor([[1., float("nan")]] * 2), "amax"))
out = torch.empty(3)
print(torch.index_reduce(torch.ones(3), 0, torch.tensor([2]), torch.tensor([5.]), "amin", out=out), out)
