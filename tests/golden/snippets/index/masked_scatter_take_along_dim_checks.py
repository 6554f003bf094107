# masked_scatter(_) checks the mask's shape (broadcast, or expand in place), the dtypes and the
# count; take_along_dim wants int64 indices of input's rank and broadcasts the other dims; one_hot
# of an empty tensor needs num_classes.
import torch
import torch.nn.functional as F

z = torch.zeros(3, 4)
grid = torch.arange(12.0).reshape(3, 4)
attempts = [
    lambda: z.masked_scatter(torch.tensor([True, False]), torch.ones(12)),
    lambda: z.masked_scatter(torch.ones(2, 3, 4, dtype=torch.bool), torch.arange(24.0)),
    lambda: z.clone().masked_scatter_(torch.ones(2, 3, 4, dtype=torch.bool), torch.ones(30)),
    lambda: z.clone().masked_scatter_(torch.tensor([True, False]), torch.ones(12)),
    lambda: z.masked_scatter(torch.ones(4, dtype=torch.long), torch.ones(12, dtype=torch.float64)),
    lambda: z.masked_scatter(torch.ones(4, dtype=torch.long), torch.ones(12)),
    lambda: z.masked_scatter(torch.tensor([True, False, True, False]), torch.arange(12.0).reshape(3, 4)),
    lambda: torch.take_along_dim(grid, torch.tensor([[0, 3]]), dim=1),
    lambda: torch.take_along_dim(grid[:1], torch.tensor([[0], [3], [1]]), dim=1),
    lambda: torch.take_along_dim(grid, torch.tensor([[0], [1]]), dim=1),
    lambda: torch.take_along_dim(grid, torch.tensor([[0.0]]), dim=1),
    lambda: torch.take_along_dim(grid, torch.tensor([[0]], dtype=torch.int32), dim=1),
    lambda: torch.take_along_dim(grid, torch.tensor([0]), dim=1),
    lambda: torch.take_along_dim(grid, torch.tensor([11, 2])),
    lambda: F.one_hot(torch.tensor([], dtype=torch.long)),
    lambda: F.one_hot(torch.zeros(2, 0, dtype=torch.long), 3).shape,
    lambda: F.one_hot(torch.tensor([-1, 5]), 3),
]
for attempt in attempts:
    try:
        print(attempt())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
