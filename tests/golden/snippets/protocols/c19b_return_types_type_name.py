# A return_types result in Python's own messages: its C name torch.return_types.max, its __name__ max
import torch

r = torch.tensor([[3.0, 1.0], [2.0, 5.0]]).max(1)
T = type(r)
print(T, T.__name__, T.__qualname__, T.__module__, type(T))
for f in (lambda: r.item(), lambda: setattr(r, "foo", 1), lambda: setattr(r, "values", 1), lambda: r(),
          lambda: r < 1, lambda: T(1), lambda: torch.sort(torch.tensor([2, 1])).bar):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
