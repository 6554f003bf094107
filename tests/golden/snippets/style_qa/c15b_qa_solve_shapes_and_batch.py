# Q: torch.linalg.solve shapes: vector right-hand sides, batches, and the mismatch error.
import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])
print(torch.linalg.solve(A, b), torch.linalg.solve(A, b.unsqueeze(1)).shape)
batch = torch.stack([A, 2 * A])
print(torch.linalg.solve(batch, torch.stack([b, b])))
try:
    torch.linalg.solve(A, torch.ones(3))
except RuntimeError as e:
    print(e)
x = torch.linalg.lstsq(torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), torch.tensor([[1.0], [2.0], [2.0]]))
print(x.solution)
