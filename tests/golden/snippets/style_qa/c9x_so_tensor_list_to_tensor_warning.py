# Q: torch.tensor(list_of_tensors) fails or warns; use torch.stack, or tensor(t.tolist()).
import torch

lst = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    print(torch.tensor(lst))
except (ValueError, TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
print(torch.stack(lst))
scalars = [torch.tensor(1.5), torch.tensor(2.5)]
print(torch.tensor(scalars), torch.stack(scalars))
t = torch.tensor([1.0, 2.0])
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = torch.tensor(t)
    print(c, len(w), w[0].category.__name__ if w else None)
print(t.clone().detach(), torch.as_tensor(t) is t)
print(torch.tensor([t.tolist(), [5.0, 6.0]]))
mixed = [torch.tensor([1, 2]), torch.tensor([3.5, 4.5])]
print(torch.stack(mixed).dtype, torch.cat(mixed).dtype)
