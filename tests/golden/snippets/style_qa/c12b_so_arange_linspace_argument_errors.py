# Q: torch.arange/linspace/full/randint argument errors and surprising dtypes.
import torch

for expr in ['torch.arange(0, 10, -1)', 'torch.arange(5, 0)', 'torch.arange(0, 1, 0)', 'torch.arange(0, 5, 1.5)',
             'torch.arange(5.0)', 'torch.arange(1, 4, dtype=torch.float64)', 'torch.linspace(0, 1, -2)',
             'torch.linspace(0, 1, 1)', 'torch.linspace(0, 10, 5, dtype=torch.int64)', 'torch.full((2,), 7)',
             'torch.full((2,), True)', 'torch.full((2,), 1.5, dtype=torch.long)', 'torch.randint(5, 2, (3,))',
             'torch.randint(0, 3)', 'torch.zeros(-1)', 'torch.ones((2, -3))', 'torch.eye(2, 3)', 'torch.empty(2, 3).shape']:
    try:
        print(expr, eval(expr))
    except (RuntimeError, TypeError, ValueError) as err:
        print(expr, type(err).__name__, err)
