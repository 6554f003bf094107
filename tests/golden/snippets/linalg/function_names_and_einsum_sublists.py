# torch.linalg functions are named linalg_<name>, unlike their torch.* counterparts; einsum's sublist form.
import torch

for fn in (torch.linalg.det, torch.det, torch.linalg.inv, torch.inverse, torch.linalg.norm, torch.norm,
           torch.linalg.matmul, torch.matmul, torch.linalg.cross, torch.linalg.svd, torch.svd):
    print(fn.__name__, end=' ')
print()
x = torch.arange(6.0).view(2, 3)
y = torch.arange(12.0).view(3, 4)
print(torch.einsum(x, [0, 1], y, [1, 2]))
print(torch.einsum(x, [0, 1], y, [1, 2], [2, 0]))
print(torch.einsum(x, [Ellipsis, 30], [30, Ellipsis]))
a = torch.ones(2, requires_grad=True)
print(torch.einsum(a, [25], a, [25], []))
for f in (lambda: torch.einsum(x), lambda: torch.einsum('ij'), lambda: torch.einsum(x, [0, 52]),
          lambda: torch.einsum(x, [0, -1]), lambda: torch.einsum(x, [0])):
    try:
        f()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
