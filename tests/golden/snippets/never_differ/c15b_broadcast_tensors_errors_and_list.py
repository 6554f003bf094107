# broadcast_tensors folds the shapes left to right (ATen's infer_size) and takes no single list.
import torch

cases = [((2, 3), (4,)), ((2, 3), (1, 3), (5, 1, 4)), ((3,), (2, 1), (4, 2, 5)), ((0,), (2,)), ((2, 1), (1, 3), (3,))]
for shapes in cases:
    try:
        out = torch.broadcast_tensors(*[torch.ones(s) for s in shapes])
        print(shapes, [tuple(o.shape) for o in out])
    except RuntimeError as e:
        print(shapes, e)
for text, call in [("list", lambda: torch.broadcast_tensors([torch.ones(2), torch.ones(2)])),
                   ("int", lambda: torch.broadcast_tensors(torch.ones(2), 3)),
                   ("none", lambda: torch.broadcast_tensors())]:
    try:
        print(text, call())
    except TypeError as e:
        print(text, e)
