# Quiz 20: what does max(dim) return?
import torch

t = torch.tensor([[4, 9, 2], [7, 1, 7]])
out = t.max(dim=1)
print(out)
print(type(out).__name__)
values, indices = out
print(values, indices)
print(out[0] is out.values)
print(t.max())
try:
    t.max(dim=1).item()
except AttributeError as e:
    print(e)
print(torch.max(t, torch.tensor([5, 5, 5])))
