# matmul with batch dims: which error each shape mix gives (batch broadcast first, then the folded mv / mm
# or the bmm the operands are broadcast to).
import torch

shapes = [((4, 3, 5), (3, 5, 6)), ((2, 4, 3, 5), (3, 5, 6)), ((2, 1, 3, 5), (3, 2, 5, 6)), ((2, 3, 5), (3, 6, 2)),
          ((2, 3, 5), (2, 6, 2)), ((3, 5), (2, 6, 2)), ((2, 3, 5), (6,)), ((2, 1, 3, 5), (1, 4, 6, 2)),
          ((2, 3, 5), (6, 2)), ((5,), (2, 6, 2)), ((2, 3, 3, 5), (6, 2)), ((1, 3, 5), (4, 6, 2)),
          ((2, 3, 5), (4, 1, 5, 6)), ((4, 3, 5), (5,)), ((5,), (4, 5, 6))]
for a, b in shapes:
    try:
        print(a, b, tuple((torch.ones(a) @ torch.ones(b)).shape))
    except RuntimeError as e:
        print(a, b, e)
