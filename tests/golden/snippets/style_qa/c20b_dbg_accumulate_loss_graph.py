# memory keeps growing: summing losses keeps the graph
import torch

torch.manual_seed(18)
w = torch.randn(2, requires_grad=True)
total = 0
for i in range(3):
    loss = (w * (i + 1)).pow(2).sum()
    total += loss
print(type(total).__name__, total.grad_fn)
total_items = 0.0
for i in range(3):
    loss = (w * (i + 1)).pow(2).sum()
    total_items += loss.item()
print(type(total_items).__name__, round(total_items, 4))
print(torch.isclose(total, torch.tensor(total_items)))
