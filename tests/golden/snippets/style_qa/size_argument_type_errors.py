# Q: torch.zeros(n / 2) fails: sizes must be ints. Also randint's size and full's size.
import torch

n = 10
for bad in [lambda: torch.zeros(n / 2), lambda: torch.randn(3, n / 2), lambda: torch.ones((2, n / 4)),
            lambda: torch.randint(5, 2), lambda: torch.randint(0, 5), lambda: torch.full(3, 1.0),
            lambda: torch.zeros(-1), lambda: torch.rand(2, dtype=torch.long), lambda: torch.eye(-2),
            lambda: torch.arange(5, 0)]:
    try:
        print(bad())
    except (TypeError, RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(torch.zeros(n // 2).shape, torch.randn(3, int(n / 2)).shape, torch.randint(5, (2,)).shape)
m = torch.zeros(5, 2)
m.fill_diagonal_(1.0, wrap=True)
print(m)
print(torch.zeros(3, 3).fill_diagonal_(7))
