# Quiz 89: torch functions called on plain Python lists
import torch

for f in (lambda: torch.max([1, 2, 3]), lambda: torch.sum([1, 2]), lambda: torch.exp(1.0),
          lambda: torch.sqrt(torch.tensor(4)), lambda: torch.mean(torch.tensor([1, 2]).float())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", str(e).splitlines()[0])
print(torch.as_tensor([1, 2, 3]).max())
