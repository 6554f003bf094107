# Q: squeeze/unsqueeze/flatten/unflatten dim errors and what squeeze does to a dim that is not 1.
import torch

x = torch.zeros(2, 1, 3)
for expr in ['x.squeeze(0).shape', 'x.squeeze(1).shape', 'x.squeeze((0, 1)).shape', 'x.unsqueeze(3).shape',
             'x.unsqueeze(4).shape', 'x.unsqueeze(-5).shape', 'x.squeeze(3).shape', 'x.flatten(1).shape',
             'x.flatten(2, 1).shape', 'x.flatten(0, 5).shape', 'x.unflatten(2, (3, 1)).shape', 'x.unflatten(2, (2, 2)).shape',
             'x.unflatten(2, (-1, 3)).shape', 'x.view(-1).unsqueeze(0).shape', 'torch.zeros(()).unsqueeze(0).shape',
             'torch.zeros(()).squeeze(0).shape', 'torch.zeros(()).flatten().shape', 'x.squeeze().shape']:
    try:
        print(expr, eval(expr))
    except (RuntimeError, IndexError) as err:
        print(expr, type(err).__name__, err)
