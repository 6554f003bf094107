# Q: "Expected size for first two dimensions of batch2 tensor" and friends: bmm, dot, mv and @ shape errors.
import torch

a = torch.randn(4, 3, 5)
b = torch.randn(2, 5, 6)
try:
    torch.bmm(a, b)
except RuntimeError as e:
    print("bmm:", e)
try:
    torch.bmm(a, torch.randn(4, 6, 2))
except RuntimeError as e:
    print("bmm:", e)
try:
    torch.bmm(a[0], a[0])
except RuntimeError as e:
    print("bmm 2d:", e)
try:
    torch.dot(torch.ones(3), torch.ones(4))
except RuntimeError as e:
    print("dot:", e)
try:
    torch.dot(torch.ones(2, 2), torch.ones(2, 2))
except RuntimeError as e:
    print("dot 2d:", e)
try:
    torch.mv(torch.ones(3, 4), torch.ones(3))
except RuntimeError as e:
    print("mv:", e)
try:
    a @ torch.randn(3, 5, 6)
except RuntimeError as e:
    print("matmul:", e)
print((a @ torch.randn(5, 6)).shape, (a @ torch.randn(1, 5, 2)).shape)
print(torch.matmul(torch.ones(5), a.transpose(1, 2)).shape)
try:
    torch.ones(3) @ torch.ones(4)
except RuntimeError as e:
    print("1d @ 1d:", e)
