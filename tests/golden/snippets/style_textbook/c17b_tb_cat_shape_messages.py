# torch.cat wants matching sizes except along the joined dim.
import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 4)
print(torch.cat([a, b], dim=1).shape)
for args in ([a, b], [a, torch.ones(3)], [a, b.T]):
    try:
        torch.cat(args)
    except RuntimeError as err:
        print(err)
try:
    torch.cat([a, b], dim=2)
except IndexError as err:
    print(err)
print(torch.cat([a, torch.ones(1, 3, dtype=torch.int64)]).dtype)
