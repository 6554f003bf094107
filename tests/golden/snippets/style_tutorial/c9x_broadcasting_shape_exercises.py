# Broadcasting exercises: predict the result shape, then check it (and the failures).
import torch

pairs = [((5, 1, 4, 1), (3, 1, 1)), ((3, 1), (1, 4)), ((2, 3), (3,)), ((4,), (4, 1)), ((2, 3), (2,)), ((1,), ())]
for a, b in pairs:
    try:
        out = torch.ones(a) + torch.ones(b)
        print(a, "+", b, "->", tuple(out.shape), torch.broadcast_shapes(a, b))
    except RuntimeError as e:
        print(a, "+", b, "-> error:", e)
x = torch.arange(3).view(3, 1)
y = torch.arange(4)
print(x * y)
print((x - y).abs())
col_means = torch.tensor([[1.0, 2.0], [3.0, 6.0]]).mean(0)
print(torch.tensor([[1.0, 2.0], [3.0, 6.0]]) - col_means)
row_means = torch.tensor([[1.0, 2.0], [3.0, 6.0]]).mean(1)
print(torch.tensor([[1.0, 2.0], [3.0, 6.0]]) - row_means)
print(torch.tensor([[1.0, 2.0], [3.0, 6.0]]) - row_means[:, None])
try:
    torch.broadcast_shapes((2, 3), (4,))
except RuntimeError as e:
    print("broadcast_shapes:", e)
z = torch.zeros(3, 1)
try:
    z.add_(torch.ones(3, 4))
except RuntimeError as e:
    print("in-place:", e)
print(torch.ones(2, 1, 3).expand(2, 4, 3).shape, torch.ones(3).expand_as(torch.ones(2, 3)).stride())
