import torch

for f, args in [(torch.mv, (torch.ones(2, 3), torch.ones(2))),
                (torch.dot, (torch.ones(3), torch.ones(3, dtype=torch.int64))),
                (torch.matmul, (torch.ones(2, 2, 3), torch.ones(2, 2, 3))),
                (torch.mm, (torch.ones(3), torch.ones(3, 3))),
                (torch.matmul, (torch.ones(2, 3), torch.ones(3, 2, dtype=torch.float64)))]:
    try:
        f(*args)
    except RuntimeError as e:
        print(f"{f.__name__}: {e}")
