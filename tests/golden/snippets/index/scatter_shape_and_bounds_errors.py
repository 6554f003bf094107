# scatter/scatter_add: src with fewer or more dims than index, index larger than src, negative and
# out-of-range indices (the first one met is named), an empty index that skips every check.
import torch

z = torch.zeros(4, 3)
rows = torch.tensor([[2], [0], [1], [2]])
attempts = [
    lambda: z.scatter(1, rows, torch.ones(4)),
    lambda: z.scatter_add(1, rows, torch.ones(4)),
    lambda: z.scatter(1, rows, torch.ones(4, 1, 1)),
    lambda: z.scatter(1, rows, torch.ones(3, 1)),
    lambda: z.scatter(1, torch.zeros(5, 1, dtype=torch.long), 2.0),
    lambda: z.scatter(1, rows - 1, torch.ones(4, 1)),
    lambda: z.scatter_add(0, torch.tensor([[0, 0, 9], [7, 0, -1]]), torch.ones(2, 3)),
    lambda: z.scatter_reduce(1, rows - 3, torch.ones(4, 1), "amax"),
    lambda: torch.zeros(3).scatter(0, torch.tensor([0, 1]), torch.ones(1)),
    lambda: torch.zeros(3).scatter(0, torch.tensor([0, 1]), torch.tensor(1.0)),
]
for attempt in attempts:
    try:
        print(attempt())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(z.scatter(1, torch.zeros(0, dtype=torch.float32), torch.ones(4)))
print(torch.zeros(3).scatter(0, torch.tensor(1), torch.tensor(4.0)), torch.zeros(3).scatter_add(0, torch.tensor(2), torch.tensor(4.0)))
w = torch.ones(4, 3, requires_grad=True)
g = w.gather(1, torch.zeros(0, dtype=torch.float32))
print(g, g.grad_fn)
w.gather(1, torch.zeros(0, 2, dtype=torch.long)).sum().backward()
print(w.grad)
