# narrow() and select() on bad starts, lengths and indices: PyTorch's own checks and messages.
import torch

x = torch.arange(12).view(3, 4)
cases = ['x.narrow(1, 2, 5)', 'x.narrow(1, 4, 0)', 'x.narrow(1, 5, 0)', 'x.narrow(1, -1, 1)', 'x.narrow(1, -5, 1)',
         'x.narrow(1, -4, 2)', 'x.narrow(1, 0, -1)', 'torch.narrow(x, 0, 1, 3)', 'x.narrow(2, 0, 1)',
         'torch.tensor(1).narrow(0, 0, 1)', 'x.narrow(0, torch.tensor(1), 2)', 'x.narrow(-1, 3, 1)', 'x.narrow(1, 4, 1)',
         'x.select(1, 9)', 'x.select(1, -5)', 'x.select(0, -1)', 'torch.select(x, 0, 3)', 'x.select(2, 0)',
         'torch.tensor(1).select(0, 0)', 'x[:, 1].select(0, 3)', 'torch.ones(0, 2).select(0, 0)', 'x[3]', 'x[:, -5]',
         'torch.tensor(1)[0]']
for c in cases:
    try:
        print(c, eval(c).tolist())
    except (IndexError, RuntimeError) as e:
        print(c, type(e).__name__, e)
