# Q: building a tensor inside a loop: torch.cat inside the loop vs collecting a list and stacking once.
import torch

torch.manual_seed(0)
result = torch.empty(0, 3)
for i in range(4):
    row = torch.randn(1, 3)
    result = torch.cat([result, row], dim=0)
print(result.shape)
rows = []
torch.manual_seed(0)
for i in range(4):
    rows.append(torch.randn(3))
stacked = torch.stack(rows)
print(stacked.shape, torch.equal(stacked, result))
try:
    torch.cat([torch.empty(0), torch.ones(2, 3)])
    print("cat with legacy empty ok")
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([torch.tensor([]), torch.ones(2)]))
try:
    torch.cat([torch.empty(0, 3), torch.ones(2, 4)])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.stack([torch.ones(3), torch.ones(4)])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.stack(rows, dim=1).shape, torch.vstack(rows).shape, torch.column_stack(rows).shape)
