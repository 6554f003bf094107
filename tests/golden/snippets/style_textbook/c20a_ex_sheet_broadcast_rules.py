# Practice sheet 1, task 3: predict the broadcast shape, then check
import torch

pairs = [((5, 1, 4), (3, 1)), ((2, 3), (3,)), ((8, 1, 6, 1), (7, 1, 5)), ((3,), (4,))]
for a, b in pairs:
    try:
        print(a, b, "->", torch.broadcast_shapes(a, b))
    except RuntimeError as e:
        print(a, b, "->", "RuntimeError:", e)
x, y = torch.broadcast_tensors(torch.arange(3), torch.arange(2).view(2, 1))
print(x, y)
