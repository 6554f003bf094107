# torch.where's operands that do not broadcast: the pair named follows (condition, input, other).
import torch

for c, a, b in [((2,), (2, 3), (2, 3)), ((2, 3), (2,), (2, 3)), ((2, 3), (2, 3), (4,)), ((3,), (4, 1), (5, 1, 1)),
                ((2, 1), (3,), (4, 1)), ((3,), (2, 3), (1, 5))]:
    try:
        print(torch.where(torch.ones(c, dtype=torch.bool), torch.ones(a), torch.ones(b)).shape)
    except RuntimeError as e:
        print(c, a, b, e)
for c, a in [((2,), (2, 3)), ((5,), (4,))]:
    for args in [(torch.ones(a), 0.0), (1.0, torch.ones(a))]:
        try:
            torch.where(torch.ones(c, dtype=torch.bool), *args)
        except RuntimeError as e:
            print(c, a, e)
