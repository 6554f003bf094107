# index_add_/index_copy_/index_fill_: PyTorch's checks on the index (dtype, dims, bounds: only
# index_fill_ wraps negatives), on source (dtype, dims, slice shapes, count) and on the value.
import torch

z = torch.zeros(3, 2)
attempts = [
    lambda: z.clone().index_add_(0, torch.tensor([-1, 2]), torch.ones(2, 2)),
    lambda: z.clone().index_add_(0, torch.tensor([[0, 1]]), torch.ones(2, 2)),
    lambda: z.clone().index_add_(0, torch.tensor([0, 1]), torch.ones(2, 2, dtype=torch.float64)),
    lambda: z.clone().index_add_(1, torch.tensor([0, 1]), torch.ones(2)),
    lambda: z.clone().index_add_(-2, torch.tensor([0, 1]), torch.ones(3, 2)),
    lambda: z.clone().index_add_(0, torch.tensor([0, 1]), torch.ones(2, 3)),
    lambda: z.clone().index_copy_(0, torch.tensor([0, -1]), torch.ones(2, 2)),
    lambda: z.clone().index_copy_(0, torch.tensor([0, 1], dtype=torch.int32), torch.ones(2, 2)),
    lambda: z.clone().index_copy_(0, torch.tensor([0, 1]), torch.tensor(1.0)),
    lambda: z.clone().index_copy_(0, torch.tensor([0, 1]), torch.ones(2)),
    lambda: torch.zeros(3, 2, 4).index_copy_(1, torch.tensor([0, 1]), torch.ones(3, 2, 5)),
    lambda: torch.index_copy(z, 0, torch.tensor([0, 1]), torch.ones(3, 2)),
    lambda: z.clone().index_fill_(1, torch.tensor([-1]), 5.0),
    lambda: z.clone().index_fill_(1, torch.tensor([-3]), 5.0),
    lambda: z.clone().index_fill_(1, torch.tensor([1], dtype=torch.int32), 5.0),
    lambda: z.clone().index_fill_(1, torch.tensor([[1]]), 5.0),
    lambda: z.clone().index_fill_(1, torch.tensor([1]), torch.tensor([5.0])),
]
for attempt in attempts:
    try:
        print(attempt())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
