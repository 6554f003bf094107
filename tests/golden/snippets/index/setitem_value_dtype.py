# x[idx] = v through index_put_ keeps v's dtype and refuses a different one; a mask with a
# one-element value goes to masked_fill_ (which converts), and a basic index copies (converts too).
import torch

m = torch.tensor([[True, False, True], [False, False, True]])
cases = [
    (m, torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)),
    (m, torch.tensor(4)),
    (m, torch.tensor([4.0], dtype=torch.float64)),
    (torch.tensor([0, 1]), torch.tensor(2.0, dtype=torch.float64)),
    ((torch.tensor([0]), slice(None)), torch.ones(3, dtype=torch.float64)),
    ((0, slice(None)), torch.ones(3, dtype=torch.float64)),
    ([0, 1], torch.ones(3, dtype=torch.long)),
    ((1, torch.tensor([True, False, True])), torch.tensor(2.0, dtype=torch.float64)),
    ((1, torch.tensor([True, False, True])), torch.tensor([2.0, 3.0], dtype=torch.float64)),
]
for key, value in cases:
    y = torch.zeros(2, 3)
    try:
        y[key] = value
        print(y)
    except RuntimeError as e:
        print(e)
counts = torch.zeros(3, dtype=torch.long)
counts[m[0]] = torch.tensor(2.5)
print(counts)
