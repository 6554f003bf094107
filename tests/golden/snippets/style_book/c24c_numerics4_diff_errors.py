# Exercise 2.A: torch.diff's argument checks
import torch

x = torch.tensor([1, 4, 9])
for kw in ({"n": -1}, {"n": 0}, {"n": 5}, {"dim": 1}, {"prepend": torch.tensor([[0]])}, {"append": torch.tensor(7)}):
    try:
        print(kw, torch.diff(x, **kw))
    except (RuntimeError, IndexError) as e:
        print(kw, type(e).__name__, e)
print(torch.diff(torch.tensor(5.0).reshape(1)))
