import torch

x = torch.arange(24.0)
for size in [(4, 6), (4, -1), (-1, 2, 3), (-1,), (2, 3, 4), (24, 1, -1), (5, -1), (0, -1), (-1, -1), (2, -2, 6),
             (4, 7), (1, 1, 1, 24), (3.0, 8), (True, 24), (2, True, 12)]:
    try:
        print(size, tuple(x.view(*size).shape), tuple(x.reshape(size).shape))
    except (RuntimeError, TypeError) as e:
        print(size, type(e).__name__, e)

e = torch.ones(0, 3)
for size in [(0, -1), (-1, 3), (0,), (3, 0), (-1,), ()]:
    try:
        print(size, tuple(e.view(size).shape))
    except RuntimeError as err:
        print(size, err)
print(torch.tensor(5.0).view(()).shape, torch.tensor(5.0).view(-1).shape, torch.tensor(5.0).reshape(1, -1).shape)
