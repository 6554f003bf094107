# Exercise 5.F: clamp with one tensor bound and one number
import torch

x = torch.tensor([-2.0, 0.5, 3.0])
for kw in ({"min": torch.tensor(0.0), "max": 1.0}, {"min": 0, "max": torch.tensor([1.0, 1.0, 2.0])},
           {"min": torch.tensor([0.0, 1.0, 0.0])}, {"max": 2}, {"min": 1.0, "max": 0.0}):
    try:
        print(kw, torch.clamp(x, **kw))
    except (TypeError, RuntimeError) as e:
        print(kw, type(e).__name__, str(e).splitlines()[0])
print(torch.clamp(torch.tensor([1, 5, 9]), min=2.5).dtype, torch.clamp(torch.tensor([1, 5]), max=torch.tensor(3)).dtype)
