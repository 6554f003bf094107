import torch

# Exam B4-2. Using only indexing with None and broadcasting, build each table.
rows = torch.tensor([1.0, 2.0, 3.0])
cols = torch.tensor([0.5, -1.0])
print("sum table:\n", rows[:, None] + cols[None, :])
print("max table:\n", torch.maximum(rows.unsqueeze(-1), cols.unsqueeze(0)))
grid = torch.tensor([[1.0, 1.0], [4.0, 5.0], [-2.0, 1.0]])
manhattan = (grid.unsqueeze(1) - grid.unsqueeze(0)).abs().sum(dim=2)
print("L1 distances:\n", manhattan)
print(torch.equal(manhattan, torch.cdist(grid, grid, p=1)))
