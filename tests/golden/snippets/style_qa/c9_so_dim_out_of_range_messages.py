# Q: "Dimension out of range (expected to be in range of [-2, 1], but got 2)" from unsqueeze, softmax, sum, squeeze.
import torch

x = torch.ones(2, 3)
for name, fn in [("sum", lambda: x.sum(2)), ("unsqueeze", lambda: x.unsqueeze(3)), ("softmax", lambda: x.softmax(-3)),
                 ("squeeze", lambda: x.squeeze(2)), ("transpose", lambda: x.transpose(0, 2)), ("size", lambda: x.size(2)),
                 ("mean", lambda: x.mean(dim=5)), ("flatten", lambda: x.flatten(1, 2)), ("cat", lambda: torch.cat([x, x], 2)),
                 ("stack", lambda: torch.stack([x, x], 4)), ("permute", lambda: x.permute(0, 2)), ("narrow", lambda: x.narrow(2, 0, 1))]:
    try:
        fn()
        print(name, "ok")
    except (IndexError, RuntimeError) as e:
        print(name, type(e).__name__, e)
print(x.unsqueeze(2).shape, x.unsqueeze(-1).shape, torch.stack([x, x], 2).shape)
s = torch.tensor(1.0)
print(s.sum(0), s.unsqueeze(0).shape, s.softmax(0))
try:
    s.sum(1)
except IndexError as e:
    print(e)
