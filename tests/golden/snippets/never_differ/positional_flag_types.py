# Positional flags and counts are typed strictly: an int is no bool, a float no int, a number no tensor.
import torch

x = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
n = torch.tensor([4, 6])
for call in (lambda: torch.unique(x, 1), lambda: x.unique(True, 1), lambda: torch.unique(x, 1, dim=0),
             lambda: torch.unique_consecutive(x, 1), lambda: torch.svd(x, 1), lambda: x.qr(0),
             lambda: torch.tril(x, 1.5), lambda: x.triu_(True), lambda: torch.histc(x, 10.0),
             lambda: torch.mvlgamma(x + 3, 1.5), lambda: torch.gcd(n, 2), lambda: n.lcm_(3),
             lambda: torch.nan_to_num(x, x), lambda: torch.logical_and(x, True), lambda: torch.isclose(x, 1.0)):
    try:
        call()
    except TypeError as e:
        print(e)
print(torch.tril(x, -1), torch.gcd(n, torch.tensor(4)), torch.unique(x > 0, sorted=True))
