# take and put_ want int64 indices (int32 too is refused), put_ a source of self's dtype and of
# as many elements as the index; negative indices count from the end in both.
import torch

grid = torch.arange(6.0).reshape(2, 3)
attempts = [
    lambda: torch.take(grid, torch.tensor([0, -1])),
    lambda: torch.take(grid, torch.tensor([0], dtype=torch.int32)),
    lambda: torch.take(grid, torch.tensor([1.0])),
    lambda: grid.clone().put_(torch.tensor([0, -1]), torch.tensor([10.0, 20.0])),
    lambda: grid.clone().put_(torch.tensor([1, 1]), torch.tensor([1.0, 2.0]), accumulate=True),
    lambda: grid.clone().put_(torch.tensor([0], dtype=torch.int32), torch.tensor([1.0])),
    lambda: grid.clone().put_(torch.tensor([0, 1]), torch.tensor([1, 2])),
    lambda: torch.put(grid, torch.tensor([0]), torch.tensor([1.0, 2.0])),
    lambda: grid.clone().put_(torch.tensor([6]), torch.tensor([1.0])),
]
for attempt in attempts:
    try:
        print(attempt())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
