# Q: "index 5 is out of bounds for dimension 0 with size 3" and related indexing errors.
import torch

x = torch.arange(12).view(3, 4)
for expr in ['x[3]', 'x[:, 4]', 'x[-4]', 'x[0, 0, 0]', 'x[torch.tensor([0, 3])]', 'x[[0], [5]]',
             'x.select(1, 9)', 'x.narrow(1, 2, 5)', 'x[torch.tensor([True, False])]']:
    try:
        print(expr, eval(expr))
    except (IndexError, RuntimeError) as e:
        print(expr, type(e).__name__, e)
print(x[2:10], x[:, 10:], x[-1:], x[..., -1])
try:
    x.gather(1, torch.tensor([[4]]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x.scatter_(0, torch.tensor([[3]]), 1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x.index_select(0, torch.tensor([3]))
except (IndexError, RuntimeError) as e:
    print(type(e).__name__, e)
