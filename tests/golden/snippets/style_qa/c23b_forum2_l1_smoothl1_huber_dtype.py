import torch
import torch.nn.functional as F

p = torch.tensor([1.0, 2.0, 5.0])
t = torch.tensor([1, 4, 2])
for fn in (F.l1_loss, F.smooth_l1_loss, F.huber_loss):
    try:
        print(fn.__name__, fn(p, t))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
print(F.huber_loss(p, t.float(), delta=2.0), F.smooth_l1_loss(p, t.float(), beta=2.0))
