# unflatten checks its sizes against the one dim it splits, with its own message.
import torch

x = torch.zeros(2, 12)
for dim, sizes in [(1, (5, 5)), (-1, (5, 5)), (1, (-1, 5)), (1, ()), (0, (1, 2)), (1, [2, 2, 3]), (1, (0, -1)),
                   (1, (4, -1)), (-2, (2, 1)), (2, (1, 1))]:
    try:
        print(x.unflatten(dim, sizes).shape)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    torch.nn.Unflatten(1, (5, 5))(x)
except RuntimeError as e:
    print(e)
print(torch.zeros(0, 3).unflatten(0, (0, 5)).shape, torch.unflatten(x, 1, (3, 4)).shape)
