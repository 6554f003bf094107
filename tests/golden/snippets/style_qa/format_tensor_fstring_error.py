# Q: f"{t:.2f}" works for a one-element tensor but not for a vector.
import torch

loss = torch.tensor(0.123456)
print(f'{loss:.2f}', f'{loss}', f'{loss.item():.3e}', '%.3f' % loss)
v = torch.tensor([0.5, 1.5])
try:
    print(f'{v:.2f}')
except TypeError as e:
    print(type(e).__name__, e)
print(f'{v}', str(v), repr(v))
print('{:>8}'.format(str(torch.Size([2, 3]))), f'{torch.float32}')
print([f'{x:.1f}' for x in v.tolist()])
print(f'{torch.tensor(3):d}' if False else f'{torch.tensor(3)}', f'{torch.tensor([1.0])[0]:.2f}')
