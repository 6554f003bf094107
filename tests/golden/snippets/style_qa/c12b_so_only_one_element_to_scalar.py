# Q: "only one element tensors can be converted to Python scalars" and friends (item, float, int, bool, if).
import torch

t = torch.tensor([1.5, 2.5])
for f in (float, int):
    try:
        f(t)
    except (ValueError, RuntimeError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    t.item()
except RuntimeError as e:
    print('item', e)
try:
    if t > 2:
        pass
except RuntimeError as e:
    print('if', e)
try:
    torch.tensor([t, t])
except (ValueError, TypeError, RuntimeError) as e:
    print('tensor of tensors', type(e).__name__, e)
print(torch.tensor([torch.tensor(1.0), torch.tensor(2.0)]))
print(float(t[0]), int(t[1]), bool(t[0]), t[1].item(), t.sum().item())
print(int(torch.tensor([[7]])), float(torch.tensor([[[2.25]]])))
try:
    torch.tensor([]).item()
except RuntimeError as e:
    print('empty', e)
print('%.3f' % torch.tensor(3.14159), f'{torch.tensor(2.5):.2f}', round(torch.tensor(2.567).item(), 2))
try:
    print('{:.2f}'.format(t))
except (TypeError, RuntimeError) as e:
    print('format', type(e).__name__, e)
