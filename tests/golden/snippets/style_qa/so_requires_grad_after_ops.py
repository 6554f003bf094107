# Q: why does my tensor have requires_grad=False? Integer ops, comparisons, argmax and .data cut the graph.
import torch

w = torch.randn(3, requires_grad=True)
outs = {
    'w * 2': w * 2,
    'w > 0': w > 0,
    'w.argmax()': w.argmax(),
    'w.round()': w.round(),
    'w.data': w.data,
    'w.detach()': w.detach(),
    'w.long()': w.long(),
    'torch.sign(w)': torch.sign(w),
    'w.max()': w.max(),
}
for name, t in outs.items():
    print(f"{name:14s} requires_grad={t.requires_grad!s:5s} grad_fn={type(t.grad_fn).__name__ if t.grad_fn else None}")
try:
    (w > 0).float().sum().backward()
except RuntimeError as e:
    print(e)
