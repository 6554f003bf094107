# Q: the messages of matmul shape errors.
import torch

a = torch.randn(2, 3)
b = torch.randn(2, 3)
for f in (lambda: a @ b, lambda: torch.mm(a, b), lambda: torch.mv(a, torch.randn(2)),
          lambda: torch.dot(torch.randn(3), torch.randn(4)), lambda: torch.bmm(a, b)):
    try:
        f()
    except RuntimeError as e:
        print(e)
