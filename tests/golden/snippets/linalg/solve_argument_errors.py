# linalg.solve: singular systems (single and batched), incompatible shapes, dtypes, left=False.
import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
tries = [
    lambda: torch.linalg.solve(torch.zeros(2, 2), torch.ones(2)),
    lambda: torch.linalg.solve(torch.tensor([[1.0, 2.0], [2.0, 4.0]]), torch.ones(2, 3)),
    lambda: torch.linalg.solve(torch.stack([A, torch.zeros(2, 2)]), torch.ones(2, 2)),
    lambda: torch.linalg.solve(A, torch.ones(3)),
    lambda: torch.linalg.solve(A, torch.ones(3, 2)),
    lambda: torch.linalg.solve(torch.stack([A, A]), torch.ones(3, 2, 1)),
    lambda: torch.linalg.solve(A, torch.ones(2, dtype=torch.float64)),
    lambda: torch.linalg.solve(torch.ones(2, 3), torch.ones(2, dtype=torch.float64)),
    lambda: torch.linalg.solve(A.long(), torch.ones(2)),
    lambda: torch.linalg.solve(A, torch.tensor(1.0)),
    lambda: torch.linalg.solve(A, torch.ones(2), left=False),
    lambda: torch.linalg.solve(A, torch.ones(3, 2), left=False),
    lambda: torch.linalg.solve(torch.stack([A, A]), torch.ones(2, 3)),
    lambda: torch.linalg.solve(torch.tensor([[1e-40, 0.0], [0.0, 1.0]]), torch.ones(2)),
]
for i, f in enumerate(tries):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
