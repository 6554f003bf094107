# Exercise 2.B: torch.gradient needs enough points
import torch

for args, kw in [((torch.tensor([1.0]),), {}), ((torch.tensor([1.0, 2.0]),), {"edge_order": 2}),
                 ((torch.tensor([1.0, 4.0, 9.0]),), {"edge_order": 3}),
                 ((torch.tensor([1.0, 4.0, 9.0]),), {"spacing": [1.0, 2.0]}),
                 ((torch.tensor([[1.0, 4.0], [9.0, 16.0]]),), {"dim": 1}),
                 ((torch.tensor([1.0, 4.0, 9.0]),), {"spacing": (torch.tensor([0.0, 1.0]),)}),
                 ((torch.tensor([1, 4, 9]),), {})]:
    try:
        print(torch.gradient(*args, **kw))
    except (RuntimeError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
