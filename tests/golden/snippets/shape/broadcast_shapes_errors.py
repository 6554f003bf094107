# torch.broadcast_shapes: ints as 1-d shapes, None skipped, and the error naming the argument.
import torch

print(torch.broadcast_shapes((2,), (3, 1), (1, 1, 1)), torch.broadcast_shapes(3, (2, 1)))
print(torch.broadcast_shapes((2, 1), None, [3]), torch.broadcast_shapes(), torch.broadcast_shapes((1,), (0,)))
for args in [((6, 2), (6,)), ((5,), (2, 5, 3)), ((2, 3), (1, 3), (5, 3)), ((4,), 3),
             (torch.Size([2, 3]), [3, 2]), ((-2,), (3,)), ((2,), 2.0)]:
    try:
        torch.broadcast_shapes(*args)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
