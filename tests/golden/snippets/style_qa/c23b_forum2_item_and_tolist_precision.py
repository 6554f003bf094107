import torch

# "why does .item() show 0.30000001192092896 when the tensor prints 0.3000?"
vals = torch.tensor([0.1, 0.2])
total = vals.sum()
print(total, total.item(), round(total.item(), 4))
print(vals.tolist(), vals.double().tolist())
print(torch.tensor(2 / 3), torch.tensor(2 / 3).item(), torch.tensor(2 / 3, dtype=torch.float64).item())
print(type(torch.tensor([7]).item()).__name__, type(torch.tensor(False).item()).__name__)
