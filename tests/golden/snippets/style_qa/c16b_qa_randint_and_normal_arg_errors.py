# Q: randint high must be greater than low.
import torch

for call in (lambda: torch.randint(5, 5, (2,)), lambda: torch.randint(3, (2, 2), dtype=torch.float32),
             lambda: torch.normal(0.0, -1.0, (2,)), lambda: torch.rand(2, 3, dtype=torch.int64)):
    try:
        print(call())
    except RuntimeError as e:
        print(e)
