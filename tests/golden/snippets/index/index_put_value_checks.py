# index_put_ / torch.index_put / x[idx] = v: the value must broadcast to the indexed shape and
# have the tensor's dtype (checked before the bounds); a bool mask with a 0-d value converts it.
import torch

z = torch.zeros(3, 4)
attempts = [
    lambda: z.clone().index_put_((torch.tensor([0, 1]),), torch.ones(3)),
    lambda: z.clone().index_put_((torch.tensor([0, 1]),), torch.ones(1, 1, 4)),
    lambda: z.clone().index_put_((torch.tensor([5]),), torch.ones(4, dtype=torch.float64)),
    lambda: z.clone().index_put_((torch.tensor([5]),), torch.ones(4)),
    lambda: z.clone().index_put_((torch.tensor([0.0]),), torch.ones(4)),
    lambda: z.clone().index_put_((torch.tensor([0]),) * 3, torch.ones(1)),
    lambda: torch.index_put(z, (torch.tensor([0, 2]),), torch.tensor(7)),
    lambda: torch.index_put(z, (torch.tensor([0, 2]),), torch.tensor(7.0)),
    lambda: z.clone().index_put_((torch.tensor([0, 0]), torch.tensor([1, 1])), torch.tensor([1.0, 2.0]), accumulate=True),
    lambda: z.clone().index_put_((None, torch.tensor([3])), torch.tensor([1.0, 2.0, 3.0]).unsqueeze(1)),
]
for attempt in attempts:
    try:
        print(attempt())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
y = z.clone()
try:
    y[torch.tensor([0, 1])] = torch.ones(4, dtype=torch.float64)
except RuntimeError as e:
    print(e)
y[y == 0] = torch.tensor(5, dtype=torch.int64)
y[:, 1] = torch.arange(3)
print(y)
