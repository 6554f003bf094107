# Q: assigning into indexed positions: shape mismatch errors, broadcasting the value, and dtype casts.
import torch

x = torch.zeros(3, 4)
x[0] = torch.tensor([1., 2., 3., 4.])
x[1, :2] = 5
x[:, 3] = torch.tensor([7., 8., 9.])
print(x)
for stmt in ['x[0] = torch.ones(3)', 'x[:, 0] = torch.ones(2)', 'x[[0, 1]] = torch.ones(3, 4)',
             'x[x > 4] = torch.tensor([1., 2.])', 'x[0] = torch.ones(1, 4)', 'x[0] = torch.ones(2, 4)']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except RuntimeError as e:
        print(stmt, '->', e)
i = torch.zeros(3, dtype=torch.long)
i[0] = 2.9
i[1:] = torch.tensor([1.5, -1.5])
print(i)
b = torch.zeros(2, dtype=torch.bool)
b[0] = 5
print(b)
print(x)
