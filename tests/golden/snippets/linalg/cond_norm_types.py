# linalg.cond for every norm type: batches, singular matrices, gradients and the argument errors.
import torch
torch.manual_seed(0)
A = torch.randn(3, 3)
B = torch.randn(2, 4, 4, dtype=torch.float64)
S = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
for args in [(A,), (A, 2), (A, -2), (A, 1), (A, -1), (A, float("inf")), (A, -float("inf")), (A, "fro"), (A, "nuc"), (B,), (B, "fro"), (S, 1), (S, "fro"), (torch.randn(2, 3),)]:
    try:
        print(torch.linalg.cond(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(torch.randn(2, 3), 1), (torch.randn(2, 3), "fro"), (torch.randn(2, 3), float("inf")), (torch.randn(3),), (A, 3), (A, "bad"), (torch.zeros(0, 0),), (torch.arange(4).reshape(2, 2),)]:
    try:
        print(torch.linalg.cond(*args))
    except Exception as e:
        print(type(e).__name__, e)
x = A.clone().requires_grad_()
c = torch.linalg.cond(x)
print(c.grad_fn)
